package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.Assessment;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.diagnostics.internal.Questionnaires;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.RateLimiter;
import eu.cybersudoe.shared.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;

/** The list of questionnaires, starting one, and (signed in) resuming one's own. */
@Controller
class DiagnosticsController {

    /** Assessments one address may start per hour. */
    static final int STARTS_PER_HOUR = 20;

    private final Questionnaires questionnaires;
    private final DiagnosticsService diagnostics;
    private final RateLimiter limiter;
    private final Clock clock;

    DiagnosticsController(Questionnaires questionnaires, DiagnosticsService diagnostics, RateLimiter limiter, Clock clock) {
        this.questionnaires = questionnaires;
        this.diagnostics = diagnostics;
        this.limiter = limiter;
        this.clock = clock;
    }

    @GetMapping("/{lang}/diagnostics")
    @Access(Access.Audience.PUBLIC)
    String index(@PathVariable String lang, Model model) {
        model.addAttribute("questionnaires", questionnaires.current());
        List<Assessment> mine = CurrentUser.get().map(user -> diagnostics.ofAccount(user.accountId())).orElse(List.of());
        model.addAttribute("mine", mine);
        model.addAttribute("changes", diagnostics.changesSinceFirst(mine));
        model.addAttribute("zone", clock.getZone());
        return "diagnostics/index";
    }

    @PostMapping("/{lang}/diagnostics/{code}/start")
    @Access(Access.Audience.PUBLIC)
    String start(@PathVariable String lang, @PathVariable String code, HttpServletRequest request) {
        if (questionnaires.current(code).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!limiter.tryAcquire("diagnostics.start", request.getRemoteAddr(), STARTS_PER_HOUR, Duration.ofHours(1))) {
            throw new TooManyRequestsException();
        }
        SignedInUser user = CurrentUser.get().orElse(null);
        var started = diagnostics.start(code, Language.fromCode(lang).orElseThrow(), user);
        return "redirect:/" + lang + "/diagnostics/a/" + started.token() + "/context";
    }

    /** A signed-in person's own assessment, reopened with a new private link (the old one stops working). */
    @PostMapping("/{lang}/diagnostics/mine/{assessmentId}/resume")
    @Access(Access.Audience.SIGNED_IN)
    String resume(@PathVariable String lang, @PathVariable long assessmentId) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        try {
            String token = diagnostics.renewLink(assessmentId, user.accountId());
            return "redirect:/" + lang + "/diagnostics/a/" + token + "/context";
        } catch (NoSuchElementException notTheirs) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}

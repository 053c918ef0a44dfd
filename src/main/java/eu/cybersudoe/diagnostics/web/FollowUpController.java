package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService.Opened;
import eu.cybersudoe.diagnostics.internal.RetakeInvitationStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.ZonedDateTime;

/** "Remind me in N months" on a result: plans an invitation for the company to take the questionnaire again. */
@Controller
class FollowUpController {

    private final DiagnosticsService diagnostics;
    private final FollowUps followUps;
    private final RetakeInvitationStore invitations;
    private final Clock clock;

    FollowUpController(DiagnosticsService diagnostics, FollowUps followUps, RetakeInvitationStore invitations, Clock clock) {
        this.diagnostics = diagnostics;
        this.followUps = followUps;
        this.invitations = invitations;
        this.clock = clock;
    }

    @PostMapping("/{lang}/diagnostics/a/{token}/remind")
    @Access(Access.Audience.SIGNED_IN)
    String remind(@PathVariable String lang, @PathVariable String token, @RequestParam(defaultValue = "") String months,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Opened opened = diagnostics.byToken(token).filter(o -> o.assessment().completed())
                .filter(o -> followUps.mayRemind(o.assessment(), request))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String back = "redirect:/" + lang + "/diagnostics/a/" + token + "/result";
        Integer delay = FollowUp.MONTHS.stream().filter(m -> String.valueOf(m).equals(months.strip())).findFirst().orElse(null);
        if (delay == null) {
            redirect.addFlashAttribute("remindError", "diagnostics.remind.choose");
            return back + "#remind";
        }
        SignedInUser user = CurrentUser.get().orElseThrow();
        Language language = Language.fromCode(lang).orElseThrow();
        invitations.schedule(opened.assessment().company(), user.email(), language, opened.assessment().questionnaire(),
                ZonedDateTime.now(clock).plusMonths(delay).toInstant(), "assessment:" + opened.assessment().id());
        redirect.addFlashAttribute("notice", "diagnostics.remind.planned");
        return back + "#remind";
    }

}

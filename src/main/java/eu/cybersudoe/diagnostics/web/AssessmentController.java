package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.AssistanceDesk;
import eu.cybersudoe.diagnostics.internal.Assessment.CompanyContext;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService.Opened;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.diagnostics.internal.ReportPdf;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Answers;
import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.Scoring;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.web.DownloadNames;
import eu.cybersudoe.shared.web.RateLimiter;
import eu.cybersudoe.shared.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Taking an assessment through its private link: company context, one page per dimension,
 * review and submission, result, PDF report, the link sent by e-mail, and asking for an expert.
 * Anyone holding the link may use it, as with a shared document; the token is never stored.
 */
@Controller
@Access(Access.Audience.PUBLIC)
class AssessmentController {

    /** Saves of answers one address may make per hour (a whole questionnaire takes about ten). */
    static final int SAVES_PER_HOUR = 300;

    private final DiagnosticsService diagnostics;
    private final Network network;
    private final RateLimiter limiter;
    private final ReportPdf report;
    private final ObjectProvider<AssistanceDesk> desk;
    private final LinkMail linkMail;
    private final FollowUps followUp;
    private final Clock clock;
    private final MessageSource messages;
    private final eu.cybersudoe.toolbox.Toolbox toolbox;

    AssessmentController(DiagnosticsService diagnostics, Network network, RateLimiter limiter, ReportPdf report,
                         ObjectProvider<AssistanceDesk> desk, LinkMail linkMail, FollowUps followUp, Clock clock,
                         MessageSource messages, eu.cybersudoe.toolbox.Toolbox toolbox) {
        this.messages = messages;
        this.toolbox = toolbox;
        this.followUp = followUp;
        this.diagnostics = diagnostics;
        this.network = network;
        this.limiter = limiter;
        this.report = report;
        this.desk = desk;
        this.linkMail = linkMail;
        this.clock = clock;
    }

    /** The private link must not leak through the Referer header nor be kept by shared caches. */
    @ModelAttribute
    void privatePage(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    // --- company context ---------------------------------------------------------------------

    @GetMapping("/{lang}/diagnostics/a/{token}/context")
    String context(@PathVariable String lang, @PathVariable String token, Model model) {
        Opened opened = open(token);
        if (opened.assessment().completed()) {
            return "redirect:/" + lang + "/diagnostics/a/" + token + "/result";
        }
        return contextPage(opened, token, opened.assessment().context(), model);
    }

    @PostMapping("/{lang}/diagnostics/a/{token}/context")
    String saveContext(@PathVariable String lang, @PathVariable String token, @RequestParam(defaultValue = "") String size,
                       @RequestParam(defaultValue = "") String sector, @RequestParam(defaultValue = "") String region,
                       HttpServletRequest request) {
        Opened opened = openForChange(token, request);
        CompanyContext context = new CompanyContext(
                CompanyContext.SIZES.contains(size) ? size : null,
                CompanyContext.SECTORS.contains(sector) ? sector : null,
                network.region(region).isPresent() ? region : null);
        diagnostics.saveContext(opened, context);
        return "redirect:/" + lang + "/diagnostics/a/" + token + "/step/1";
    }

    private String contextPage(Opened opened, String token, CompanyContext context, Model model) {
        model.addAttribute("opened", opened);
        model.addAttribute("token", token);
        model.addAttribute("context", context);
        model.addAttribute("regions", network.regions());
        return "diagnostics/context";
    }

    // --- one page per dimension --------------------------------------------------------------

    @GetMapping("/{lang}/diagnostics/a/{token}/step/{step}")
    String step(@PathVariable String lang, @PathVariable String token, @PathVariable int step, Model model) {
        Opened opened = open(token);
        if (opened.assessment().completed()) {
            return "redirect:/" + lang + "/diagnostics/a/" + token + "/result";
        }
        requireStep(opened, step);
        model.addAttribute("step", new StepPage(opened, token, step, opened.assessment().answers(), Map.of(), false));
        return "diagnostics/step";
    }

    @PostMapping("/{lang}/diagnostics/a/{token}/step/{step}")
    String saveStep(@PathVariable String lang, @PathVariable String token, @PathVariable int step,
                    @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model) {
        Opened opened = openForChange(token, request);
        requireStep(opened, step);
        Questionnaire.Dimension dimension = opened.questionnaire().dimensions().get(step - 1);
        Map<String, String> given = given(dimension, form);
        Answers before = opened.assessment().answers();
        Answers after = before.with(given);
        Map<String, String> errors = diagnostics.saveAnswers(opened, dimension, given);
        if (!errors.isEmpty()) {
            model.addAttribute("step", new StepPage(opened, token, step, after, errors, false));
            return "diagnostics/step";
        }
        String go = form.getFirst("go");
        if (StepPage.NEXT.equals(go) && newQuestionsAppeared(opened.questionnaire(), dimension, before, after)) {
            Opened saved = open(token);
            model.addAttribute("step", new StepPage(saved, token, step, saved.assessment().answers(), Map.of(), true));
            return "diagnostics/step";
        }
        String base = "redirect:/" + lang + "/diagnostics/a/" + token;
        if (StepPage.BACK.equals(go)) {
            return step == 1 ? base + "/context" : base + "/step/" + (step - 1);
        }
        if (StepPage.SAVE.equals(go)) {
            return base + "/saved";
        }
        return step == opened.questionnaire().dimensions().size() ? base + "/review" : base + "/step/" + (step + 1);
    }

    /**
     * The page with answers just chosen but not saved, for htmx to show or hide the questions
     * that depend on them as soon as an answer changes (without JavaScript, they appear when the
     * page is saved).
     */
    @PostMapping("/{lang}/diagnostics/a/{token}/step/{step}/preview")
    String preview(@PathVariable String lang, @PathVariable String token, @PathVariable int step,
                   @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model) {
        Opened opened = openForChange(token, request);
        requireStep(opened, step);
        Answers shown = opened.assessment().answers().with(given(opened.questionnaire().dimensions().get(step - 1), form));
        model.addAttribute("step", new StepPage(opened, token, step, shown, Map.of(), false));
        return "diagnostics/step";
    }

    private static Map<String, String> given(Questionnaire.Dimension dimension, MultiValueMap<String, String> form) {
        Map<String, String> given = new LinkedHashMap<>();
        for (Question question : dimension.questions()) {
            List<String> values = form.getOrDefault("q-" + question.code(), List.of());
            given.put(question.code(), String.join(",", values.stream().filter(v -> !v.isBlank()).toList()));
        }
        return given;
    }

    /** Whether saving made unanswered questions appear on the page, which then shows again. */
    private static boolean newQuestionsAppeared(Questionnaire questionnaire, Questionnaire.Dimension dimension,
                                                Answers before, Answers after) {
        return dimension.questions().stream().anyMatch(q -> !after.has(q.code())
                && Scoring.visible(questionnaire, q, after) && !Scoring.visible(questionnaire, q, before));
    }

    @GetMapping("/{lang}/diagnostics/a/{token}/saved")
    String saved(@PathVariable String lang, @PathVariable String token, Model model) {
        Opened opened = open(token);
        model.addAttribute("opened", opened);
        model.addAttribute("token", token);
        model.addAttribute("progress", Progress.percent(opened.questionnaire(), opened.assessment().answers()));
        return "diagnostics/saved";
    }

    // --- review and submission ---------------------------------------------------------------

    @GetMapping("/{lang}/diagnostics/a/{token}/review")
    String review(@PathVariable String lang, @PathVariable String token, Model model) {
        Opened opened = open(token);
        if (opened.assessment().completed()) {
            return "redirect:/" + lang + "/diagnostics/a/" + token + "/result";
        }
        model.addAttribute("opened", opened);
        model.addAttribute("token", token);
        model.addAttribute("progress", Progress.percent(opened.questionnaire(), opened.assessment().answers()));
        model.addAttribute("counts", opened.questionnaire().dimensions().stream()
                .map(d -> Progress.ofDimension(opened.questionnaire(), d, opened.assessment().answers())).toList());
        return "diagnostics/review";
    }

    @PostMapping("/{lang}/diagnostics/a/{token}/submit")
    String submit(@PathVariable String lang, @PathVariable String token, HttpServletRequest request) {
        Opened opened = open(token);
        limit(request, "diagnostics.save", SAVES_PER_HOUR);
        diagnostics.complete(opened);
        return "redirect:/" + lang + "/diagnostics/a/" + token + "/result";
    }

    // --- result -------------------------------------------------------------------------------

    @GetMapping("/{lang}/diagnostics/a/{token}/result")
    String result(@PathVariable String lang, @PathVariable String token, HttpServletRequest request, Model model) {
        Opened opened = open(token);
        if (!opened.assessment().completed()) {
            return "redirect:/" + lang + "/diagnostics/a/" + token + "/review";
        }
        model.addAttribute("result", new ResultPage(opened, token, opened.result(), desk.getIfAvailable() != null,
                Language.fromCode(lang).orElseThrow(), network, followUp.of(opened, request), toolbox));
        return "diagnostics/result";
    }

    @GetMapping("/{lang}/diagnostics/a/{token}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String lang, @PathVariable String token) {
        Opened opened = open(token);
        if (!opened.assessment().completed()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Language language = Language.fromCode(lang).orElseThrow();
        byte[] pdf = report.write(opened, language, clock.getZone());
        String name = DownloadNames.of(messages, language, "files.selfAssessment",
                DownloadNames.slug(opened.questionnaire().title().in(language).text()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true, name))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    @PostMapping("/{lang}/diagnostics/a/{token}/email")
    String email(@PathVariable String lang, @PathVariable String token, @RequestParam(defaultValue = "") String email,
                 HttpServletRequest request, RedirectAttributes redirect) {
        Opened opened = open(token);
        String back = "redirect:/" + lang + "/diagnostics/a/" + token + (opened.assessment().completed() ? "/result" : "/saved");
        if (!LinkMail.looksLikeAnAddress(email)) {
            redirect.addFlashAttribute("emailError", "diagnostics.email.invalid");
            redirect.addFlashAttribute("emailValue", email);
            return back + "#email";
        }
        limit(request, "diagnostics.email", LinkMail.PER_ADDRESS_PER_HOUR);
        try {
            linkMail.send(opened, token, email.strip(), Language.fromCode(lang).orElseThrow(), request);
        } catch (MailException relayRefused) {
            redirect.addFlashAttribute("emailError", "diagnostics.email.notSent");
            redirect.addFlashAttribute("emailValue", email);
            return back + "#email";
        }
        redirect.addFlashAttribute("notice", "diagnostics.email.sent");
        return back;
    }

    @PostMapping("/{lang}/diagnostics/a/{token}/expert")
    String askExpert(@PathVariable String lang, @PathVariable String token, @RequestParam(defaultValue = "") String email,
                     @RequestParam(defaultValue = "") String message, HttpServletRequest request, RedirectAttributes redirect) {
        Opened opened = open(token);
        if (desk.getIfAvailable() == null || !opened.assessment().completed()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String back = "redirect:/" + lang + "/diagnostics/a/" + token + "/result";
        if (!LinkMail.looksLikeAnAddress(email) || message.length() > 2000) {
            redirect.addFlashAttribute("expertError", LinkMail.looksLikeAnAddress(email)
                    ? "diagnostics.expert.tooLong" : "diagnostics.email.invalid");
            redirect.addFlashAttribute("expertEmail", email);
            redirect.addFlashAttribute("expertMessage", message);
            return back + "#expert";
        }
        limit(request, "diagnostics.expert", LinkMail.PER_ADDRESS_PER_HOUR);
        diagnostics.requestAssistance(opened, email.strip(), message);
        redirect.addFlashAttribute("notice", "diagnostics.expert.sent");
        return back;
    }

    // --- helpers ------------------------------------------------------------------------------

    private Opened open(String token) {
        return diagnostics.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** An assessment about to change: rate limited, and refused once completed (its answers are final). */
    private Opened openForChange(String token, HttpServletRequest request) {
        Opened opened = open(token);
        limit(request, "diagnostics.save", SAVES_PER_HOUR);
        if (opened.assessment().completed()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return opened;
    }

    private void limit(HttpServletRequest request, String form, int perHour) {
        if (!limiter.tryAcquire(form, request.getRemoteAddr(), perHour, Duration.ofHours(1))) {
            throw new TooManyRequestsException();
        }
    }

    private static void requireStep(Opened opened, int step) {
        if (step < 1 || step > opened.questionnaire().dimensions().size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}

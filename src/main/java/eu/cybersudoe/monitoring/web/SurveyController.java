package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.EvaluationRefused;
import eu.cybersudoe.monitoring.internal.SurveyAnswers;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.web.RateLimiter;
import eu.cybersudoe.shared.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.util.Map;

/**
 * The satisfaction survey a sampled beneficiary opens from their personal link, without an account:
 * answered once per link, limited per address.
 */
@Controller
@Access(Access.Audience.PUBLIC)
class SurveyController {

    static final int MAX_PER_HOUR = 30;

    private final SurveyAnswers answers;
    private final RateLimiter limiter;

    SurveyController(SurveyAnswers answers, RateLimiter limiter) {
        this.answers = answers;
        this.limiter = limiter;
    }

    @GetMapping("/{lang}/evaluation/survey/{token}")
    String survey(@PathVariable String lang, @PathVariable String token, HttpServletRequest request, Model model) {
        language(lang);
        limit(request);
        SurveyAnswers.LinkState state = answers.state(token);
        boolean thanks = Boolean.TRUE.equals(model.asMap().get("thanks"));
        QuestionsForm form = state == SurveyAnswers.LinkState.OPEN ? formOf(model) : null;
        model.addAttribute("view", new SurveyPage(token, state.name().toLowerCase(), form, thanks));
        return "monitoring/evaluation/survey";
    }

    @PostMapping("/{lang}/evaluation/survey/{token}")
    String answer(@PathVariable String lang, @PathVariable String token, @RequestParam Map<String, String> parameters,
                  HttpServletRequest request, RedirectAttributes redirect) {
        language(lang);
        limit(request);
        Map<String, String> given = QuestionsForm.answers(answers.questionnaire(), parameters);
        Map<String, String> errors = answers.check(given);
        String back = "redirect:/" + lang + "/evaluation/survey/" + token;
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("form", new QuestionsForm(answers.questionnaire(), given, errors));
            return back;
        }
        try {
            answers.answer(token, given);
            redirect.addFlashAttribute("thanks", true);
        } catch (EvaluationRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return back;
    }

    private QuestionsForm formOf(Model model) {
        Object kept = model.asMap().get("form");
        return kept instanceof QuestionsForm form ? form : new QuestionsForm(answers.questionnaire(), Map.of(), Map.of());
    }

    private void limit(HttpServletRequest request) {
        if (!limiter.tryAcquire("evaluation-survey", request.getRemoteAddr(), MAX_PER_HOUR, Duration.ofHours(1))) {
            throw new TooManyRequestsException();
        }
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

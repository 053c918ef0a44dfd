package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.EvaluationRefused;
import eu.cybersudoe.monitoring.internal.Samples;
import eu.cybersudoe.monitoring.internal.SurveyAnswers;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The samples of beneficiaries of the mid-term and final evaluations (MON-3): the evaluator draws a
 * random sample of a chosen size, sees the companies drawn and sends them the satisfaction survey;
 * the results are shown as counts and averages once enough people answered.
 */
@Controller
class SamplesController {

    private final Samples samples;
    private final SurveyAnswers answers;

    SamplesController(Samples samples, SurveyAnswers answers) {
        this.samples = samples;
        this.answers = answers;
    }

    @GetMapping("/{lang}/office/evaluation/samples")
    @Access(roles = {Role.NETWORK_ADMIN, Role.EVALUATOR, Role.PROGRAMME_OFFICER})
    String list(@PathVariable String lang, Model model) {
        language(lang);
        String size = (String) model.asMap().getOrDefault("size", "");
        String sizeError = (String) model.asMap().get("sizeError");
        model.addAttribute("view", new SamplesView(samples.population(), samples.samples(), mayWrite(), size, sizeError));
        return "monitoring/evaluation/samples";
    }

    @PostMapping("/{lang}/office/evaluation/samples")
    @Access(roles = {Role.NETWORK_ADMIN, Role.EVALUATOR})
    String draw(@PathVariable String lang, @RequestParam(required = false) String evaluation,
                @RequestParam(required = false) String size, RedirectAttributes redirect) {
        language(lang);
        Samples.Evaluation chosen = "FINAL".equals(evaluation) ? Samples.Evaluation.FINAL : Samples.Evaluation.MID_TERM;
        Integer number = number(size);
        if (number == null) {
            redirect.addFlashAttribute("size", size == null ? "" : size);
            redirect.addFlashAttribute("sizeError", "evaluation.sample.refused.size");
            return "redirect:/" + lang + "/office/evaluation/samples";
        }
        try {
            SignedInUser user = user();
            Samples.Sample drawn = samples.draw(chosen, number, user.accountId(), user.displayName());
            redirect.addFlashAttribute("notice", "evaluation.sample.drawn");
            return "redirect:/" + lang + "/office/evaluation/samples/" + drawn.id();
        } catch (EvaluationRefused refused) {
            redirect.addFlashAttribute("size", size);
            redirect.addFlashAttribute("sizeError", refused.messageKey());
            return "redirect:/" + lang + "/office/evaluation/samples";
        }
    }

    @GetMapping("/{lang}/office/evaluation/samples/{sampleId}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.EVALUATOR, Role.PROGRAMME_OFFICER})
    String sample(@PathVariable String lang, @PathVariable long sampleId, Model model) {
        Language language = language(lang);
        Samples.Sample sample = samples.sample(sampleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Samples.Member> members = samples.members(sampleId);
        model.addAttribute("view", new SamplesView.Detail(sample,
                members.stream().map(m -> new SamplesView.Member(m.companyName(), m.origin().in(language), m.mailed(), m.answered()))
                        .toList(),
                answers.results(sampleId), mayWrite(), (int) members.stream().filter(m -> !m.mailed()).count(),
                SurveyAnswers.THRESHOLD));
        model.addAttribute("questionnaire", answers.questionnaire());
        return "monitoring/evaluation/sample";
    }

    /** Mails the survey to the sample's companies not mailed yet (after commit). */
    @PostMapping("/{lang}/office/evaluation/samples/{sampleId}/survey")
    @Access(roles = {Role.NETWORK_ADMIN, Role.EVALUATOR})
    String send(@PathVariable String lang, @PathVariable long sampleId, RedirectAttributes redirect) {
        language(lang);
        try {
            samples.sendSurvey(sampleId);
            redirect.addFlashAttribute("notice", "evaluation.survey.sent");
        } catch (EvaluationRefused refused) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/" + lang + "/office/evaluation/samples/" + sampleId;
    }

    private static boolean mayWrite() {
        return CurrentUser.get().map(u -> u.role() == Role.NETWORK_ADMIN || u.role() == Role.EVALUATOR).orElse(false);
    }

    private static Integer number(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static SignedInUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

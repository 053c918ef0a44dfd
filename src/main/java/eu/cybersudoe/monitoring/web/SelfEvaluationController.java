package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.EvaluationRefused;
import eu.cybersudoe.monitoring.internal.SelfEvaluations;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The partners' semester self-evaluation (MON-3): the acting partner's staff answer it for a semester. */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
class SelfEvaluationController {

    private final SelfEvaluations selfEvaluations;
    private final ObjectProvider<Network> network;
    private final ObjectProvider<Clock> clock;

    SelfEvaluationController(SelfEvaluations selfEvaluations, ObjectProvider<Network> network, ObjectProvider<Clock> clock) {
        this.selfEvaluations = selfEvaluations;
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/{lang}/office/indicators/self-evaluation")
    String form(@PathVariable String lang, @RequestParam(required = false) Integer semester, HttpServletRequest request, Model model) {
        language(lang);
        PartnerId partner = actingPartner(request);
        int shown = semester(semester);
        Optional<SelfEvaluations.SelfEvaluation> kept = selfEvaluations.of(partner, shown);
        QuestionsForm form = model.asMap().get("form") instanceof QuestionsForm typed ? typed
                : new QuestionsForm(selfEvaluations.questionnaire(), kept.map(k -> k.answers().values()).orElse(Map.of()), Map.of());
        model.addAttribute("view", new SelfEvaluationView(shown, started().stream().map(Semester::number).toList(),
                network.getObject().partner(partner).map(p -> p.shortName()).orElse(partner.value()), form,
                kept.map(SelfEvaluations.SelfEvaluation::answeredByName).orElse(null),
                kept.map(SelfEvaluations.SelfEvaluation::answeredAt).orElse(null)));
        return "monitoring/evaluation/self";
    }

    @PostMapping("/{lang}/office/indicators/self-evaluation")
    String answer(@PathVariable String lang, @RequestParam int semester, @RequestParam Map<String, String> parameters,
                  HttpServletRequest request, RedirectAttributes redirect) {
        language(lang);
        PartnerId partner = actingPartner(request);
        Map<String, String> given = QuestionsForm.answers(selfEvaluations.questionnaire(), parameters);
        String back = "redirect:/" + lang + "/office/indicators/self-evaluation?semester=" + semester;
        Map<String, String> errors = selfEvaluations.check(given);
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("form", new QuestionsForm(selfEvaluations.questionnaire(), given, errors));
            return back;
        }
        try {
            SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
            selfEvaluations.answer(partner, semester, given, user.accountId(), user.displayName());
            redirect.addFlashAttribute("notice", "evaluation.self.saved");
        } catch (EvaluationRefused refused) {
            redirect.addFlashAttribute("form", new QuestionsForm(selfEvaluations.questionnaire(), given, Map.of()));
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return back;
    }

    private int semester(Integer number) {
        List<Semester> started = started();
        if (number == null) {
            return network.getObject().semesterOf(today()).number();
        }
        return started.stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).number();
    }

    private List<Semester> started() {
        LocalDate today = today();
        List<Semester> all = network.getObject().calendar().semesters();
        List<Semester> started = all.stream().filter(s -> !s.start().isAfter(today)).toList();
        return started.isEmpty() ? List.of(all.getFirst()) : started;
    }

    private LocalDate today() {
        return LocalDate.now(clock.getIfAvailable(Clock::systemUTC));
    }

    private static PartnerId actingPartner(HttpServletRequest request) {
        return CurrentUser.actingPartner(request).map(PartnerId::new)
                .orElseThrow(() -> new AccessDeniedException("No partner to act for"));
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

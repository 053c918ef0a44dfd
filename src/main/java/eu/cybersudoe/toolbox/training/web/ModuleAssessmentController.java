package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.toolbox.training.TrainingAssessments;
import eu.cybersudoe.toolbox.training.TrainingModule;
import eu.cybersudoe.toolbox.training.TrainingRefused;
import eu.cybersudoe.toolbox.training.TrainingService;
import eu.cybersudoe.toolbox.training.TrainingStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.Map;

/** A module's assessment, taken by the enrolled person themselves: the questions, then the score against the pass mark. */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
class ModuleAssessmentController {

    private final TrainingService service;
    private final TrainingStore store;
    private final TrainingAssessments assessments;

    ModuleAssessmentController(TrainingService service, TrainingStore store, TrainingAssessments assessments) {
        this.service = service;
        this.store = store;
        this.assessments = assessments;
    }

    @GetMapping("/{lang}" + TrainingController.BASE + "/modules/{moduleId}/assessment")
    String assessment(@PathVariable String lang, @PathVariable long moduleId, Model model) {
        return page(lang, moduleId, Map.of(), null, null, model);
    }

    @PostMapping("/{lang}" + TrainingController.BASE + "/modules/{moduleId}/assessment")
    String take(@PathVariable String lang, @PathVariable long moduleId, @RequestParam Map<String, String> form,
                HttpServletRequest request, Model model) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("q.")) {
                answers.put(name.substring(2), value);
            }
        });
        try {
            return page(lang, moduleId, answers, service.takeAssessment(TrainingScope.trainee(request), moduleId, answers), null, model);
        } catch (TrainingRefused refused) {
            return page(lang, moduleId, answers, null, refused.messageKey(), model);
        }
    }

    private String page(String lang, long moduleId, Map<String, String> answers, TrainingService.Attempt attempt, String refused,
                        Model model) {
        TrainingModule module = store.module(moduleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Questionnaire questionnaire = assessments.of(module.assessment()).orElseThrow();
        var language = TrainingScope.language(lang);
        model.addAttribute("module", module);
        model.addAttribute("title", module.title().in(language).text());
        model.addAttribute("questions", questionnaire.questions().stream().filter(Question::scored).toList());
        model.addAttribute("answers", answers);
        model.addAttribute("attempt", attempt);
        model.addAttribute("failure", refused);
        return "toolbox/training/assessment";
    }
}

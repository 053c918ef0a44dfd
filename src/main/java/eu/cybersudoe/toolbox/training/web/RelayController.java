package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.toolbox.training.Trainee;
import eu.cybersudoe.toolbox.training.TrainingRefused;
import eu.cybersudoe.toolbox.training.TrainingService;
import eu.cybersudoe.toolbox.training.TrainingStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The local relays the trained managers train: the relay sessions of the reader's partner (all for
 * network admins), and the form a certified manager records one with.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
class RelayController {

    private final TrainingService service;
    private final TrainingStore store;
    private final TrainingPages pages;

    RelayController(TrainingService service, TrainingStore store, TrainingPages pages) {
        this.service = service;
        this.store = store;
        this.pages = pages;
    }

    @GetMapping("/{lang}" + TrainingController.BASE + "/relays")
    String relays(@PathVariable String lang, HttpServletRequest request, Model model) {
        return page(request, model, RelayForm.EMPTY, FieldErrors.NONE);
    }

    @PostMapping("/{lang}" + TrainingController.BASE + "/relays")
    String record(@PathVariable String lang, @ModelAttribute RelayForm form, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        try {
            service.recordRelays(TrainingScope.trainee(request),
                    form.date().orElseThrow(() -> new TrainingRefused("training.refused.date")), form.place(), form.peopleValue(),
                    form.nameLines(), form.structures());
            redirect.addFlashAttribute("notice", "training.notice.relaysRecorded");
            return "redirect:/" + lang + TrainingController.BASE + "/relays";
        } catch (TrainingRefused refused) {
            return page(request, model, form, TrainingScope.errors(refused));
        }
    }

    private String page(HttpServletRequest request, Model model, RelayForm form, FieldErrors errors) {
        Trainee reader = TrainingScope.trainee(request);
        var sessions = store.relaySessions(reader.admin() ? null : reader.partnerId() == null ? "-" : reader.partnerId());
        model.addAttribute("sessions", sessions);
        model.addAttribute("partnerNames", sessions.stream().map(s -> pages.partnerName(s.partnerId())).toList());
        model.addAttribute("certified", !store.certificates(reader.accountId(), null).isEmpty());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("total", sessions.stream().mapToInt(s -> s.people()).sum());
        return "toolbox/training/relays";
    }
}

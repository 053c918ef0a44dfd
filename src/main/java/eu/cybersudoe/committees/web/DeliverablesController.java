package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.internal.Deliverable;
import eu.cybersudoe.committees.internal.DeliverableRegister;
import eu.cybersudoe.committees.internal.Outcome;
import eu.cybersudoe.committees.internal.Person;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register of deliverables per work package, with the progress of each work package per
 * partner at a glance (validated out of all), and the moves each deliverable's state allows.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE})
class DeliverablesController {

    private final DeliverableRegister register;
    private final Network network;
    private final Clock clock;

    DeliverablesController(DeliverableRegister register, Network network, Clock clock) {
        this.register = register;
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/{lang}/office/deliverables")
    String list(@PathVariable String lang, Model model) {
        return page(DeliverableForm.EMPTY, FieldErrors.NONE, Refusal.NONE, model);
    }

    private String page(DeliverableForm form, FieldErrors errors, Refusal refusal, Model model) {
        List<Deliverable> all = register.all();
        Map<String, Map<String, int[]>> progress = new LinkedHashMap<>();
        for (WorkPackage workPackage : network.workPackages()) {
            Map<String, int[]> perPartner = new LinkedHashMap<>();
            for (Partner partner : network.partners()) {
                int[] counts = new int[2];
                all.stream().filter(d -> d.workPackage().equals(workPackage.code()) && d.ownerPartnerId().equals(partner.id().value()))
                        .forEach(d -> {
                            counts[1]++;
                            if (d.state() == Deliverable.State.VALIDATED) {
                                counts[0]++;
                            }
                        });
                perPartner.put(partner.id().value(), counts);
            }
            progress.put(workPackage.code(), perPartner);
        }
        model.addAttribute("deliverables", all);
        model.addAttribute("progress", progress);
        model.addAttribute("partners", network.partners());
        model.addAttribute("workPackages", network.workPackages());
        model.addAttribute("partnerNames", CommitteesController.partnerNames(network));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("runs", register.runsTechnicalCommittee(People.current()));
        model.addAttribute("person", People.current());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "committees/deliverables";
    }

    @PostMapping("/{lang}/office/deliverables")
    String add(@PathVariable String lang, @ModelAttribute DeliverableForm form, Model model, RedirectAttributes redirect) {
        FieldErrors errors = form.check(network);
        if (errors.any()) {
            return page(form, errors, Refusal.NONE, model);
        }
        Outcome outcome = register.add(People.current(), form.details());
        if (outcome.field() != null) {
            return page(form, Refusal.of(outcome.field(), outcome.key(), outcome.arguments()), Refusal.NONE, model);
        }
        CommitteesController.flash(redirect, outcome);
        return "redirect:/" + lang + "/office/deliverables";
    }

    @PostMapping("/{lang}/office/deliverables/{deliverableId}")
    String move(@PathVariable String lang, @PathVariable long deliverableId, @RequestParam(defaultValue = "") String move,
                @RequestParam(defaultValue = "") String decisionNumber, @RequestParam(defaultValue = "") String comments,
                Model model, RedirectAttributes redirect) {
        Deliverable deliverable = register.find(deliverableId).orElseThrow(People::notFound);
        Person person = People.current();
        String decisionField = "decision-" + deliverableId;
        String commentsField = "comments-" + deliverableId;
        Map<String, String> typed = Map.of(decisionField, decisionNumber, commentsField, comments);
        if ("validate".equals(move) && !decisionNumber.strip().matches("[1-9][0-9]{0,8}")) {
            return page(DeliverableForm.EMPTY, FieldErrors.NONE, Refusal.on(decisionField, "committees.error.decisionNumber", List.of(),
                    typed), model);
        }
        if ("return".equals(move) && (comments.isBlank() || comments.strip().length() > 4000)) {
            return page(DeliverableForm.EMPTY, FieldErrors.NONE, Refusal.on(commentsField, "committees.error.comments", List.of(),
                    typed), model);
        }
        Outcome outcome = switch (move) {
            case "start" -> register.start(deliverable, person);
            case "submit" -> register.submit(deliverable, person);
            case "validate" -> register.validate(deliverable, person, Integer.parseInt(decisionNumber.strip()));
            case "return" -> register.giveBack(deliverable, person, comments.strip());
            default -> null;
        };
        if (outcome == null) {
            redirect.addFlashAttribute("refused", "committees.refused.deliverableState");
        } else if (outcome.field() != null) {
            return page(DeliverableForm.EMPTY, FieldErrors.NONE, Refusal.on(decisionField, outcome.key(), outcome.arguments(), typed),
                    model);
        } else {
            CommitteesController.flash(redirect, outcome);
        }
        return "redirect:/" + lang + "/office/deliverables";
    }
}

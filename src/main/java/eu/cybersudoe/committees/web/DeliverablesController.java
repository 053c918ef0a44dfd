package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.internal.Deliverable;
import eu.cybersudoe.committees.internal.DeliverableRegister;
import eu.cybersudoe.committees.internal.Person;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        return "committees/deliverables";
    }

    @PostMapping("/{lang}/office/deliverables")
    String add(@PathVariable String lang, @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String workPackage,
               @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String title,
               @RequestParam(defaultValue = "") String termsOfReference, @RequestParam(defaultValue = "") String ownerPartnerId,
               @RequestParam(defaultValue = "") String dueOn, RedirectAttributes redirect) {
        Deliverable.Kind typedKind = MeetingController.enumOrNull(Deliverable.Kind.class, kind);
        LocalDate due = date(dueOn);
        if (!code.matches("[A-Za-z0-9.-]{1,40}") || network.workPackage(workPackage).isEmpty() || typedKind == null
                || title.isBlank() || title.length() > 300 || termsOfReference.isBlank() || termsOfReference.length() > 4000
                || network.partnerTyped(ownerPartnerId).isEmpty() || due == null) {
            redirect.addFlashAttribute("refused", "committees.error.deliverable");
        } else {
            CommitteesController.flash(redirect, register.add(People.current(), new DeliverableRegister.Details(code, workPackage,
                    typedKind, title.strip(), termsOfReference.strip(), ownerPartnerId, due)));
        }
        return "redirect:/" + lang + "/office/deliverables";
    }

    @PostMapping("/{lang}/office/deliverables/{deliverableId}")
    String move(@PathVariable String lang, @PathVariable long deliverableId, @RequestParam(defaultValue = "") String move,
                @RequestParam(defaultValue = "0") int decisionNumber, @RequestParam(defaultValue = "") String comments,
                RedirectAttributes redirect) {
        Deliverable deliverable = register.find(deliverableId).orElseThrow(People::notFound);
        Person person = People.current();
        CommitteesController.flash(redirect, switch (move) {
            case "start" -> register.start(deliverable, person);
            case "submit" -> register.submit(deliverable, person);
            case "validate" -> register.validate(deliverable, person, decisionNumber);
            case "return" -> register.giveBack(deliverable, person, comments.length() > 4000 ? "" : comments);
            default -> new eu.cybersudoe.committees.internal.Outcome(false, "committees.refused.deliverableState");
        });
        return "redirect:/" + lang + "/office/deliverables";
    }

    private static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}

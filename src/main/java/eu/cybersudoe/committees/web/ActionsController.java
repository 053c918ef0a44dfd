package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.internal.ActionItem;
import eu.cybersudoe.committees.internal.MeetingService;
import eu.cybersudoe.committees.internal.Person;
import eu.cybersudoe.committees.internal.RegisterStore;
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
import java.util.List;

/** "My actions": the actions given to the signed-in person, the open ones first, which they move on. */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE})
class ActionsController {

    static final int PAGE_SIZE = 25;

    private final RegisterStore register;
    private final MeetingService service;
    private final Clock clock;

    ActionsController(RegisterStore register, MeetingService service, Clock clock) {
        this.register = register;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/{lang}/office/my-actions")
    String mine(@PathVariable String lang, @RequestParam(defaultValue = "1") int page, Model model) {
        Person person = People.current();
        int total = register.countActionsOf(person.accountId());
        long lastPage = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int pageNumber = (int) Math.min(Math.max(1, page), lastPage);
        List<ActionItem> actions = register.actionsOf(person.accountId(), (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("actions", actions);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("lastPage", lastPage);
        return "committees/my-actions";
    }

    @PostMapping("/{lang}/office/my-actions/{actionId}")
    String move(@PathVariable String lang, @PathVariable long actionId, @RequestParam(defaultValue = "") String status,
                RedirectAttributes redirect) {
        ActionItem action = register.action(actionId).orElseThrow(People::notFound);
        ActionItem.Status next = MeetingController.enumOrNull(ActionItem.Status.class, status);
        if (next == null) {
            redirect.addFlashAttribute("refused", "committees.error.status");
        } else {
            CommitteesController.flash(redirect, service.setActionStatus(action, People.current(), next));
        }
        return "redirect:/" + lang + "/office/my-actions";
    }
}

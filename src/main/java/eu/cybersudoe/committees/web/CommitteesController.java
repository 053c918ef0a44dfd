package eu.cybersudoe.committees.web;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.committees.Committees;
import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.internal.GroupService;
import eu.cybersudoe.committees.internal.GroupStore;
import eu.cybersudoe.committees.internal.Meeting;
import eu.cybersudoe.committees.internal.MeetingStore;
import eu.cybersudoe.committees.internal.MeetingTitles;
import eu.cybersudoe.committees.internal.Outcome;
import eu.cybersudoe.committees.internal.Person;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The committees and working groups: the list, a group's composition on a day and its meetings. */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE})
class CommitteesController {

    static final int PAGE_SIZE = 20;

    private final Committees committees;
    private final GroupStore groups;
    private final GroupService service;
    private final MeetingStore meetings;
    private final MeetingTitles titles;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final Network network;

    CommitteesController(Committees committees, GroupStore groups, GroupService service, MeetingStore meetings, MeetingTitles titles,
                         AccountDirectory accounts, Clock clock, Network network) {
        this.network = network;
        this.committees = committees;
        this.groups = groups;
        this.service = service;
        this.meetings = meetings;
        this.titles = titles;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/{lang}/office/committees")
    String list(@PathVariable String lang, Model model) {
        return listPage(new GroupForm(""), FieldErrors.NONE, model);
    }

    @PostMapping("/{lang}/office/committees")
    String addGroup(@PathVariable String lang, @Valid @ModelAttribute("group") GroupForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return listPage(form, FieldErrors.of(binding), model);
        }
        flash(redirect, service.addWorkingGroup(People.current(), form.name()));
        return "redirect:/" + lang + "/office/committees";
    }

    @GetMapping("/{lang}/office/committees/{groupId}")
    String group(@PathVariable String lang, @PathVariable long groupId, @RequestParam(required = false) String on,
                 @RequestParam(defaultValue = "1") int page, Model model) {
        Group group = committees.group(groupId).orElseThrow(People::notFound);
        return groupPage(group, day(on), page, MemberForm.empty(LocalDate.now(clock)), FieldErrors.NONE, Refusal.NONE, model);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/members")
    String addMember(@PathVariable String lang, @PathVariable long groupId, @Valid @ModelAttribute("member") MemberForm form,
                     BindingResult binding, Model model, RedirectAttributes redirect) {
        Group group = committees.group(groupId).orElseThrow(People::notFound);
        if (binding.hasErrors()) {
            return groupPage(group, LocalDate.now(clock), 1, form, FieldErrors.of(binding), Refusal.NONE, model);
        }
        Outcome outcome = service.addMember(groupId, People.current(), form.accountId(), form.role(), form.from());
        if (outcome.field() != null) {
            return groupPage(group, LocalDate.now(clock), 1, form, Refusal.of(outcome.field(), outcome.key(), outcome.arguments()),
                    Refusal.NONE, model);
        }
        flash(redirect, outcome);
        return "redirect:/" + lang + "/office/committees/" + groupId;
    }

    @PostMapping("/{lang}/office/committees/{groupId}/members/{membershipId}/end")
    String endMember(@PathVariable String lang, @PathVariable long groupId, @PathVariable long membershipId,
                     @RequestParam(defaultValue = "") String lastDay, Model model, RedirectAttributes redirect) {
        Group group = committees.group(groupId).orElseThrow(People::notFound);
        LocalDate typed = lastDay.isBlank() ? null : day(lastDay, null);
        Outcome outcome = typed == null ? null : service.endMembership(groupId, People.current(), membershipId, typed);
        if (outcome == null || outcome.field() != null) {
            String field = "lastDay-" + membershipId;
            return groupPage(group, LocalDate.now(clock), 1, MemberForm.empty(LocalDate.now(clock)), FieldErrors.NONE,
                    Refusal.on(field, outcome == null ? "committees.error.lastDay" : outcome.key(), List.of(), Map.of(field, lastDay)),
                    model);
        }
        flash(redirect, outcome);
        return "redirect:/" + lang + "/office/committees/" + groupId;
    }

    private String listPage(GroupForm form, FieldErrors errors, Model model) {
        Person person = People.current();
        model.addAttribute("groups", committees.groups());
        model.addAttribute("mine", committees.groupsOf(person.accountId()).stream().map(Group::id).toList());
        model.addAttribute("admin", person.networkAdmin());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "committees/list";
    }

    private String groupPage(Group group, LocalDate on, int page, MemberForm form, FieldErrors errors, Refusal refusal, Model model) {
        Person person = People.current();
        boolean manages = service.managesMembers(group.id(), person);
        List<GroupStore.Membership> memberships = manages ? groups.memberships(group.id()) : List.of();
        Map<Long, String> names = new HashMap<>();
        memberships.forEach(m -> names.computeIfAbsent(m.accountId(), id -> accounts.account(id)
                .map(AccountDirectory.AccountCard::displayName).orElse("#" + id)));
        int total = meetings.countOfGroup(group.id());
        long lastPage = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int pageNumber = (int) Math.min(Math.max(1, page), lastPage);
        List<Meeting> shown = meetings.ofGroup(group.id(), (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        Language language = Language.fromCode(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())
                .orElse(Language.DEFAULT);
        Map<Long, String> meetingTitles = new HashMap<>();
        shown.forEach(m -> meetingTitles.put(m.id(), titles.title(m, language)));
        model.addAttribute("view", new GroupView(group, on, on.equals(LocalDate.now(clock)), committees.membersOn(group.id(), on),
                memberships, names, shown, meetingTitles, pageNumber, lastPage, manages, manages ? service.candidates() : List.of(),
                form, errors, partnerNames(network), refusal));
        return "committees/group";
    }

    static Map<String, String> partnerNames(Network network) {
        Map<String, String> names = new HashMap<>();
        network.partners().forEach(p -> names.put(p.id().value(), p.shortName()));
        return names;
    }

    private LocalDate day(String typed) {
        return typed == null || typed.isBlank() ? LocalDate.now(clock) : day(typed, LocalDate.now(clock));
    }

    private static LocalDate day(String typed, LocalDate unreadable) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            return unreadable;
        }
    }

    static void flash(RedirectAttributes redirect, Outcome outcome) {
        redirect.addFlashAttribute(outcome.done() ? "notice" : "refused", outcome.key());
    }
}

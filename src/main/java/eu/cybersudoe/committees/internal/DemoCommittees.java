package eu.cybersudoe.committees.internal;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.committees.CommitteeRole;
import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.GroupKind;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In demo mode ({@code cybersudoe.demo=true}), when the committees have no members: the steering
 * committee with each partner's manager (the lead partner's chairing), the technical committee
 * with one advisor per partner (the lead partner's as secretary); the last two held meetings of
 * each committee with agenda, attendance, minutes, decisions and actions (the earlier approved at
 * the later, the later's minutes a draft), the invitations to the next meeting, actions in every status and the deliverables in every
 * state ({@code reference/committees/demo.yml}). Everything goes through the committees' real
 * moves; the series of meetings are the planner's, over the calendar.
 */
@Component
class DemoCommittees {

    private static final Logger log = LoggerFactory.getLogger(DemoCommittees.class);
    private static final Person DEMO = new Person(0, "Demo", true, null);

    private final boolean enabled;
    private final Network network;
    private final StaffDirectory staff;
    private final GroupStore groups;
    private final GroupService groupService;
    private final MeetingStore meetings;
    private final MeetingService service;
    private final RegisterStore register;
    private final DeliverableRegister deliverables;
    private final Clock clock;

    DemoCommittees(@Value("${cybersudoe.demo:false}") boolean enabled, Network network, StaffDirectory staff, GroupStore groups,
                   GroupService groupService, MeetingStore meetings, MeetingService service, RegisterStore register,
                   DeliverableRegister deliverables, Clock clock) {
        this.enabled = enabled;
        this.network = network;
        this.staff = staff;
        this.groups = groups;
        this.groupService = groupService;
        this.meetings = meetings;
        this.service = service;
        this.register = register;
        this.deliverables = deliverables;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(60)
    public void onReady() {
        if (enabled) {
            create();
        }
    }

    /** Adds the demo committees when they have no members; returns the number of members added. */
    int create() {
        Group steering = groups.ofKind(GroupKind.STEERING).orElseThrow();
        Group technical = groups.ofKind(GroupKind.TECHNICAL).orElseThrow();
        if (!groups.memberships(steering.id()).isEmpty() || !groups.memberships(technical.id()).isEmpty()) {
            log.info("Demo mode: the committees already have members, no demo committees added");
            return 0;
        }
        Map<String, Object> content = content();
        LocalDate from = network.calendar().start();
        int members = compose(steering, Role.PARTNER_MANAGER, CommitteeRole.CHAIR, CommitteeRole.SECRETARY, from)
                + compose(technical, Role.ADVISOR, CommitteeRole.SECRETARY, CommitteeRole.CHAIR, from);
        int technicalActions = meet(technical, content);
        meet(steering, content);
        deliverables(technical, content);
        log.info("Demo mode: {} committee members, {} actions of the technical committee and the deliverables added", members,
                technicalActions);
        return members;
    }

    /** One member per partner with the role asked (the first staff of that role), the lead partner's and the next taking the offices. */
    private int compose(Group group, Role role, CommitteeRole leadRole, CommitteeRole secondRole, LocalDate from) {
        int added = 0;
        List<Partner> partners = network.partners();
        for (int i = 0; i < partners.size(); i++) {
            Optional<StaffMember> member = staff.staffOf(partners.get(i).id().value()).stream().filter(s -> s.role() == role)
                    .findFirst();
            if (member.isEmpty()) {
                continue;
            }
            CommitteeRole given = i == 0 ? leadRole : i == 1 ? secondRole : CommitteeRole.MEMBER;
            if (groupService.addMember(group.id(), DEMO, member.get().accountId(), given, from).done()) {
                added++;
            }
        }
        return added;
    }

    /** The group's last two held meetings: the earlier with approved minutes, the later with draft minutes. */
    private int meet(Group group, Map<String, Object> content) {
        List<Meeting> held = meetings.allOfGroup(group.id()).stream().filter(m -> m.heldBy(clock.instant())).toList();
        if (held.size() < 2) {
            log.info("Demo mode: fewer than two held meetings of {}, no demo minutes", group.code());
            return 0;
        }
        Meeting earlier = held.get(held.size() - 2);
        Meeting later = held.getLast();
        int actions = hold(group, earlier, content, 0);
        actions += hold(group, later, content, 1);
        service.approvePrevious(meetings.find(later.id()).orElseThrow(), DEMO);
        meetings.allOfGroup(group.id()).stream().filter(m -> !m.heldBy(clock.instant())).findFirst()
                .ifPresent(next -> service.invite(next, DEMO));
        return actions;
    }

    @SuppressWarnings("unchecked")
    private int hold(Group group, Meeting meeting, Map<String, Object> content, int index) {
        Map<String, Object> texts = (Map<String, Object>) content.getOrDefault(meeting.language().code(), content.get("en"));
        List<String> items = (List<String>) texts.get("items");
        List<String> minutes = (List<String>) texts.get("minutes");
        items.forEach(title -> service.addAgendaItem(meeting, DEMO, title));
        List<GroupStore.Membership> members = groups.membershipsOn(group.id(), meeting.day());
        members.forEach(m -> meetings.invite(meeting.id(), m.accountId(), m.partnerId()));
        Map<Long, MeetingStore.Attendance> attendance = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            attendance.put(members.get(i).accountId(), MeetingStore.Attendance.values()[i % MeetingStore.Attendance.values().length]);
        }
        Meeting current = meetings.find(meeting.id()).orElseThrow();
        service.recordAttendance(current, DEMO, attendance);
        List<MeetingStore.AgendaItem> agenda = meetings.agenda(meeting.id());
        Map<Long, String> written = new HashMap<>();
        for (int i = 0; i < agenda.size(); i++) {
            written.put(agenda.get(i).id(), minutes.get(i % minutes.size()));
        }
        service.writeMinutes(current, DEMO, written);
        String decision = ((List<String>) texts.get("decisions")).get(index % 2);
        service.decide(current, DEMO, decision, agenda.get(1).id(), index == 0 ? Decision.Mode.CONSENSUS : Decision.Mode.VOTE,
                index == 0 ? null : members.size(), index == 0 ? null : 0, index == 0 ? null : 0);
        return actions(current, members, (List<String>) texts.get("actions"), agenda.get(1).id(), index);
    }

    /** Actions owned by the members: the earlier meeting's moved on through every status, one of them overdue. */
    private int actions(Meeting meeting, List<GroupStore.Membership> members, List<String> titles, long itemId, int index) {
        LocalDate today = LocalDate.now(clock);
        int given = 0;
        int count = index == 0 ? 5 : 2;
        for (int i = 0; i < count && !members.isEmpty(); i++) {
            GroupStore.Membership owner = members.get(i % members.size());
            LocalDate due = index == 0 && i == 0 ? meeting.day().plusDays(7) : today.plusWeeks(2 + i);
            if (due.isBefore(meeting.day())) {
                due = meeting.day();
            }
            if (service.giveAction(meeting, DEMO, titles.get(i % titles.size()), owner.accountId(), due, itemId).done()) {
                given++;
            }
        }
        if (index == 0) {
            List<ActionItem> made = register.actionsOfMeeting(meeting.id());
            ActionItem.Status[] moves = {null, ActionItem.Status.IN_PROGRESS, ActionItem.Status.DONE, ActionItem.Status.CANCELLED,
                    ActionItem.Status.IN_PROGRESS};
            for (int i = 0; i < made.size() && i < moves.length; i++) {
                if (moves[i] != null) {
                    service.setActionStatus(made.get(i), DEMO, moves[i]);
                }
            }
        }
        return given;
    }

    /** The proposal's deliverables, one in each state, the validated one by the technical committee's first decision. */
    @SuppressWarnings("unchecked")
    private void deliverables(Group technical, Map<String, Object> content) {
        List<Map<String, Object>> listed = (List<Map<String, Object>>) content.get("deliverables");
        List<String> owners = network.partners().stream().map(p -> p.id().value()).toList();
        LocalDate today = LocalDate.now(clock);
        Optional<Decision> first = register.decisionsOfGroup(technical.id()).stream().findFirst();
        String comments = (String) ((Map<String, Object>) content.get("en")).get("comments");
        for (int i = 0; i < listed.size(); i++) {
            Map<String, Object> d = listed.get(i);
            String code = (String) d.get("code");
            LocalDate due = i == 0 ? today.minusMonths(1) : today.plusMonths(i);
            deliverables.add(DEMO, new DeliverableRegister.Details(code, (String) d.get("workPackage"),
                    Deliverable.Kind.valueOf((String) d.get("kind")), (String) d.get("title"), (String) d.get("terms"),
                    owners.get(i % owners.size()), due));
            Deliverable added = deliverables.all().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
            Deliverable.State target = Deliverable.State.values()[i % Deliverable.State.values().length];
            if (target != Deliverable.State.PLANNED) {
                walk(added, target, first, comments);
            }
        }
    }

    private void walk(Deliverable deliverable, Deliverable.State target, Optional<Decision> decision, String comments) {
        deliverables.start(deliverable, DEMO);
        if (target == Deliverable.State.IN_PROGRESS) {
            return;
        }
        deliverables.submit(deliverables.find(deliverable.id()).orElseThrow(), DEMO);
        Deliverable submitted = deliverables.find(deliverable.id()).orElseThrow();
        if (target == Deliverable.State.VALIDATED && decision.isPresent()) {
            deliverables.validate(submitted, DEMO, decision.get().number());
        } else if (target == Deliverable.State.RETURNED) {
            deliverables.giveBack(submitted, DEMO, comments);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> content() {
        try (InputStream in = new ClassPathResource("reference/committees/demo.yml").getInputStream()) {
            return (Map<String, Object>) new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

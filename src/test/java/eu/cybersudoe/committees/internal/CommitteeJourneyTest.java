package eu.cybersudoe.committees.internal;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.committees.CommitteeRole;
import eu.cybersudoe.committees.CommitteeTables;
import eu.cybersudoe.committees.Committees;
import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.GroupKind;
import eu.cybersudoe.committees.Member;
import eu.cybersudoe.monitoring.RaisedAlert;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxMessage;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.OutboxMails;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A technical committee's year: the meetings planned once from the calendar and the series, the
 * composition on a past day, invitations with their calendar file and answers, attendance,
 * minutes, numbered decisions, actions and their reminders, the approval at the next meeting,
 * the deliverables' states, and what the dashboard counts and raises from all of it.
 */
@DatabaseTest
@Import(TestClockConfiguration.class)
class CommitteeJourneyTest {

    @Autowired
    MeetingPlanner planner;
    @Autowired
    GroupStore groups;
    @Autowired
    GroupService groupService;
    @Autowired
    MeetingStore meetings;
    @Autowired
    MeetingService service;
    @Autowired
    RegisterStore register;
    @Autowired
    ActionReminders reminders;
    @Autowired
    DeliverableRegister deliverables;
    @Autowired
    CommitteeIndicators indicators;
    @Autowired
    CommitteeAlerts alerts;
    @Autowired
    Committees committees;
    @Autowired
    AccountService accounts;
    @Autowired
    Outbox outbox;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    final Person admin = new Person(0, "Admin", true, "cybermassif");
    Group technical;
    long secretary, alice, bruno;
    String aliceEmail;

    @BeforeEach
    void aFreshYear() {
        CommitteeTables.empty(jdbc);
        clock.set(Instant.parse("2009-01-05T09:00:00Z"));
        planner.plan();
        technical = groups.ofKind(GroupKind.TECHNICAL).orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 8);
        secretary = accounts.createConfirmed("sec-" + run + "@example.org", "Sara Secretaria", "{noop}x", Role.PARTNER_MANAGER,
                "ceei-burgos", Language.ES).id();
        aliceEmail = "alice-" + run + "@example.org";
        alice = accounts.createConfirmed(aliceEmail, "Alice Membre", "{noop}x", Role.ADVISOR, "cybermassif", Language.FR).id();
        bruno = accounts.createConfirmed("bruno-" + run + "@example.org", "Bruno Membro", "{noop}x", Role.PARTNER_MANAGER,
                "ceei-burgos", Language.PT).id();
        LocalDate start = LocalDate.of(2009, 1, 1);
        assertThat(groupService.addMember(technical.id(), admin, secretary, CommitteeRole.SECRETARY, start).done()).isTrue();
        assertThat(groupService.addMember(technical.id(), admin, alice, CommitteeRole.MEMBER, start).done()).isTrue();
        assertThat(groupService.addMember(technical.id(), admin, bruno, CommitteeRole.MEMBER, start).done()).isTrue();
    }

    private Person person(long accountId, String partner) {
        return new Person(accountId, "P" + accountId, false, partner);
    }

    private Meeting launch() {
        return meetings.allOfGroup(technical.id()).stream().filter(m -> "launch-clermont-ferrand".equals(m.calendarCode()))
                .findFirst().orElseThrow();
    }

    @Test
    void meetingsComeOnceFromTheCalendarAndTheSeries() {
        assertThat(planner.plan()).isZero();
        List<Meeting> all = meetings.allOfGroup(technical.id());
        assertThat(all).filteredOn(m -> m.format() == Meeting.Format.PHYSICAL).hasSize(6)
                .allMatch(m -> m.calendarCode() != null);
        assertThat(all).filteredOn(m -> m.format() == Meeting.Format.WEB).hasSize(24)
                .noneMatch(m -> m.seriesMonth().endsWith("-08") || m.seriesMonth().endsWith("-12"));
        Group steering = groups.ofKind(GroupKind.STEERING).orElseThrow();
        assertThat(meetings.allOfGroup(steering.id())).filteredOn(m -> m.format() == Meeting.Format.WEB).hasSize(10);
    }

    @Test
    void aPastCompositionStaysTrue() {
        var brunoMembership = groups.memberships(technical.id()).stream().filter(m -> m.accountId() == bruno).findFirst().orElseThrow();
        assertThat(groupService.endMembership(technical.id(), person(alice, "cybermassif"), brunoMembership.id(),
                LocalDate.of(2009, 12, 31)).key()).isEqualTo("committees.refused.notChair");
        assertThat(groupService.endMembership(technical.id(), admin, brunoMembership.id(), LocalDate.of(2009, 12, 31)).done()).isTrue();
        assertThat(committees.membersOn(technical.id(), LocalDate.of(2009, 6, 1))).extracting(Member::accountId).contains(bruno, alice);
        assertThat(committees.membersOn(technical.id(), LocalDate.of(2010, 6, 1))).extracting(Member::accountId)
                .contains(alice).doesNotContain(bruno);
        assertThat(committees.membersOn(technical.id(), LocalDate.of(2008, 12, 1))).isEmpty();
        assertThat(committees.isMember(technical.id(), alice)).isTrue();
    }

    @Test
    void aMeetingFromInvitationToApprovedMinutes() throws Exception {
        clock.set(Instant.parse("2009-09-01T09:00:00Z"));
        Meeting launch = launch();
        Person sara = person(secretary, "ceei-burgos");
        assertThat(service.invite(launch, person(alice, "cybermassif")).key()).isEqualTo("committees.refused.notRunning");
        assertThat(service.invite(launch, sara).done()).isTrue();
        OutboxMessage invitation = OutboxMails.await(outbox, aliceEmail, 1);
        assertThat(invitation.language()).isEqualTo("fr");
        assertThat(invitation.attachments()).anyMatch(a -> a.endsWith(".ics"));
        String ics = MeetingCalendarFile.of(launch, Language.FR, "Lancement", "https://example.org/m");
        assertThat(ics).contains("BEGIN:VEVENT", "TZID=Europe/Paris", "UID:committee-meeting-" + launch.id() + "@cybersudoe.eu",
                "LOCATION:Clermont-Ferrand");
        assertThat(service.answer(launch, person(alice, "cybermassif"), MeetingStore.Answer.REMOTE).done()).isTrue();
        assertThat(service.addAgendaItem(launch, sara, "Plan de travail").done()).isTrue();
        assertThat(service.writeMinutes(launch, sara, Map.of()).key()).isEqualTo("committees.refused.notHeld");

        clock.set(Instant.parse("2009-09-24T15:00:00Z"));
        launch = launch();
        long item = meetings.agenda(launch.id()).getFirst().id();
        assertThat(service.recordAttendance(launch, sara, Map.of(alice, MeetingStore.Attendance.PRESENT,
                bruno, MeetingStore.Attendance.ABSENT, secretary, MeetingStore.Attendance.PRESENT)).done()).isTrue();
        assertThat(service.writeMinutes(launch, sara, Map.of(item, "Le plan de travail est présenté.")).done()).isTrue();
        assertThat(service.decide(launch, sara, "Le plan est adopté.", item, Decision.Mode.CONSENSUS, null, null, null).done()).isTrue();
        assertThat(service.decide(launch, sara, "Le guide est confié à Cybermassif.", null, Decision.Mode.VOTE, 5, 1, 0).done()).isTrue();
        assertThat(register.decisionsOfGroup(technical.id())).extracting(Decision::number).containsExactly(1, 2);
        assertThat(service.giveAction(launch, sara, "Rédiger le guide", alice, LocalDate.of(2009, 10, 20), item).done()).isTrue();
        assertThat(service.giveAction(launch, sara, "Trop tôt", alice, LocalDate.of(2009, 9, 1), null).key())
                .isEqualTo("committees.refused.dueBeforeMeeting");
        assertThat(register.actionsOf(alice, 0, 10)).extracting(ActionItem::title).containsExactly("Rédiger le guide");

        Meeting next = meetings.next(launch).orElseThrow();
        assertThat(service.approvePrevious(next, sara).key()).isEqualTo("committees.refused.notHeld");
        clock.set(next.startsAt().plusSeconds(600));
        assertThat(service.approvePrevious(next, sara).done()).isTrue();
        assertThat(launch().approvedInId()).isEqualTo(next.id());
        assertThat(service.approvePrevious(next, sara).done()).isFalse();
        assertThat(service.writeMinutes(launch(), sara, Map.of(item, "Changé")).key()).isEqualTo("committees.refused.approved");

        clock.set(Instant.parse("2009-10-18T07:00:00Z"));
        assertThat(reminders.remind()).isEqualTo(1);
        assertThat(reminders.remind()).isZero();
        assertThat(OutboxMails.await(outbox, aliceEmail, 2).subject()).contains("2009");

        LocalDate end = LocalDate.of(2009, 12, 31);
        assertThat(indicators.measure("technical-committee-meetings", end, Optional.empty())).contains(BigDecimal.ONE);
        assertThat(indicators.measure("steering-committee-meetings", end, Optional.empty())).contains(BigDecimal.ZERO);
        assertThat(indicators.measure("committee-attendance-rate", end, Optional.empty())).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo("66.7"));
        assertThat(indicators.measure("committee-attendance-rate", end, Optional.of(new PartnerId("cybermassif"))))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        assertThat(indicators.measure("technical-committee-meetings", end, Optional.of(new PartnerId("cybermassif")))).isEmpty();

        List<RaisedAlert> raised = alerts.alertsOn(LocalDate.of(2009, 10, 25));
        assertThat(raised).filteredOn(a -> a.rule().equals("actions-overdue")).singleElement()
                .satisfies(a -> assertThat(a.partner()).contains(new PartnerId("cybermassif")));
        long launchId = launch.id();
        assertThat(raised).noneMatch(a -> a.subject().equals("meeting-" + launchId));
    }

    @Test
    void deliverablesMoveThroughTheirStatesAndLateOnesRaiseAnAlert() {
        clock.set(Instant.parse("2009-09-24T15:00:00Z"));
        Person sara = person(secretary, "ceei-burgos");
        Meeting launch = launch();
        service.decide(launch, sara, "Le guide est validé.", null, Decision.Mode.CONSENSUS, null, null, null);
        assertThat(deliverables.add(person(alice, "cybermassif"), details("GT3-G1", "cybermassif", LocalDate.of(2009, 12, 1))).done())
                .isFalse();
        assertThat(deliverables.add(sara, details("GT3-G1", "cybermassif", LocalDate.of(2009, 12, 1))).done()).isTrue();
        assertThat(deliverables.add(sara, details("GT3-G2", "ceei-burgos", LocalDate.of(2009, 10, 1))).done()).isTrue();
        Deliverable guide = byCode("GT3-G1");
        assertThat(deliverables.submit(guide, person(alice, "cybermassif")).key()).isEqualTo("committees.refused.deliverableState");
        assertThat(deliverables.start(guide, person(bruno, "ceei-burgos")).key()).isEqualTo("committees.refused.notOwner");
        assertThat(deliverables.start(guide, person(alice, "cybermassif")).done()).isTrue();
        assertThat(deliverables.submit(byCode("GT3-G1"), person(alice, "cybermassif")).done()).isTrue();
        assertThat(deliverables.giveBack(byCode("GT3-G1"), sara, "Ajouter un exemple").done()).isTrue();
        assertThat(byCode("GT3-G1").state()).isEqualTo(Deliverable.State.RETURNED);
        assertThat(deliverables.submit(byCode("GT3-G1"), person(alice, "cybermassif")).done()).isTrue();
        assertThat(deliverables.validate(byCode("GT3-G1"), sara, 99).key()).isEqualTo("committees.refused.noSuchDecision");
        assertThat(deliverables.validate(byCode("GT3-G1"), sara, 1).done()).isTrue();
        assertThat(byCode("GT3-G1").state()).isEqualTo(Deliverable.State.VALIDATED);
        assertThat(byCode("GT3-G1").decisionId()).isEqualTo(register.decision(technical.id(), 1).orElseThrow().id());

        List<RaisedAlert> raised = alerts.alertsOn(LocalDate.of(2010, 1, 5));
        assertThat(raised).filteredOn(a -> a.rule().equals("deliverables-late")).singleElement()
                .satisfies(a -> assertThat(a.partner()).contains(new PartnerId("ceei-burgos")));
    }

    private Deliverable byCode(String code) {
        return deliverables.all().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    private static DeliverableRegister.Details details(String code, String partner, LocalDate due) {
        return new DeliverableRegister.Details(code, "GT3", Deliverable.Kind.GUIDE, "Guide " + code, "Un guide pratique.", partner, due);
    }
}

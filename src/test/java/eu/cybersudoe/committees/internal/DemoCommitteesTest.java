package eu.cybersudoe.committees.internal;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.committees.CommitteeRole;
import eu.cybersudoe.committees.CommitteeTables;
import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.GroupKind;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo committees: both committees with one member per partner and their offices, the last
 * two held meetings of each with minutes (approved, then a draft), decisions, actions in every
 * status and the deliverables in every state; added once.
 */
@DatabaseTest
@Import(TestClockConfiguration.class)
class DemoCommitteesTest {

    @Autowired
    DemoCommittees demo;
    @Autowired
    MeetingPlanner planner;
    @Autowired
    GroupStore groups;
    @Autowired
    MeetingStore meetings;
    @Autowired
    RegisterStore register;
    @Autowired
    DeliverableRegister deliverables;
    @Autowired
    AccountService accounts;
    @Autowired
    Network network;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void bothCommitteesMeetDecideAndFollowTheirActionsAndDeliverables() {
        CommitteeTables.empty(jdbc);
        jdbc.sql("delete from committee_deliverable").update();
        clock.set(Instant.parse("2010-03-01T09:00:00Z"));
        planner.plan();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (Partner partner : network.partners()) {
            for (Role role : List.of(Role.PARTNER_MANAGER, Role.ADVISOR)) {
                accounts.createConfirmed(role.name().toLowerCase() + "-" + partner.id().value() + "-" + run + "@example.org",
                        "Demo " + role + " " + partner.shortName(), "{noop}x", role, partner.id().value(), Language.FR);
            }
        }

        assertThat(demo.create()).isGreaterThanOrEqualTo(2 * network.partners().size());
        assertThat(demo.create()).as("added once").isZero();

        Group steering = groups.ofKind(GroupKind.STEERING).orElseThrow();
        Group technical = groups.ofKind(GroupKind.TECHNICAL).orElseThrow();
        LocalDate today = LocalDate.of(2010, 3, 1);
        for (Group group : List.of(steering, technical)) {
            List<GroupStore.Membership> members = groups.membershipsOn(group.id(), today);
            assertThat(members.stream().map(GroupStore.Membership::partnerId).distinct()).hasSize(network.partners().size());
            assertThat(members).extracting(GroupStore.Membership::role).contains(CommitteeRole.CHAIR, CommitteeRole.SECRETARY,
                    CommitteeRole.MEMBER);
            List<Meeting> held = meetings.allOfGroup(group.id()).stream().filter(m -> m.heldBy(clock.instant())).toList();
            Meeting earlier = held.get(held.size() - 2);
            Meeting later = held.getLast();
            assertThat(meetings.find(earlier.id()).orElseThrow().approvedInId()).isEqualTo(later.id());
            assertThat(meetings.find(later.id()).orElseThrow()).satisfies(m -> {
                assertThat(m.minutesWritten()).isTrue();
                assertThat(m.approved()).isFalse();
            });
            assertThat(register.decisionsOfGroup(group.id())).hasSize(2);
        }
        List<ActionItem> actions = register.actionsOfMeeting(meetings.allOfGroup(technical.id()).stream()
                .filter(m -> m.approved()).findFirst().orElseThrow().id());
        assertThat(actions).extracting(ActionItem::status).contains(ActionItem.Status.values());
        assertThat(actions).anyMatch(a -> a.overdueOn(today));
        assertThat(deliverables.all()).extracting(Deliverable::state).contains(Deliverable.State.values());
        assertThat(deliverables.all()).filteredOn(d -> d.state() == Deliverable.State.VALIDATED)
                .allMatch(d -> d.decisionId() != null);
    }
}

package eu.cybersudoe.missions.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every move of a mission, and every move its state refuses. */
class MissionTest {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    static final Actor MANAGER = new Actor(7L, "Claire Manager");
    static final Mission.Schedule SCHEDULE = new Mission.Schedule(LocalDate.of(2026, 3, 20), DeliveryMode.ON_SITE, BigDecimal.ONE);

    /** Each move, applied to a mission. */
    static final Map<String, Consumer<Mission>> MOVES = Map.of(
            "accept", m -> m.accept(MANAGER, AT),
            "decline", m -> m.decline(MANAGER, AT, "Hors champ"),
            "handOver", m -> m.handOver(MANAGER, AT, "ciebi", "Implantation au Portugal"),
            "schedule", m -> m.schedule(MANAGER, AT, SCHEDULE, 9, "Paul Advisor"),
            "hold", m -> m.hold(MANAGER, AT, LocalDate.of(2026, 3, 20), new BigDecimal("1.5")),
            "submit", m -> m.submitReport(MANAGER, AT),
            "return", m -> m.returnReport(MANAGER, AT, "Préciser le budget"),
            "validate", m -> m.validateReport(MANAGER, AT),
            "deliver", m -> m.deliver(MANAGER, AT),
            "followUp", m -> m.followUp(MANAGER, AT));

    /** The moves each state allows (cancel and the report's writing are checked apart). */
    static final Map<MissionState, Set<String>> ALLOWED = Map.of(
            MissionState.REQUESTED, Set.of("accept", "decline", "handOver"),
            MissionState.ACCEPTED, Set.of("schedule", "handOver"),
            MissionState.SCHEDULED, Set.of("schedule", "hold"),
            MissionState.HELD, Set.of("submit"),
            MissionState.REPORT_DRAFTED, Set.of("return", "validate"),
            MissionState.REPORT_VALIDATED, Set.of("deliver"),
            MissionState.DELIVERED, Set.of("followUp"),
            MissionState.FOLLOWED_UP, Set.of(),
            MissionState.DECLINED, Set.of(),
            MissionState.CANCELLED, Set.of());

    static Mission requested() {
        return Mission.requested(new CompanyId(1), "cybermassif", new Mission.Request(MissionOrigin.STAFF, null, null, null,
                "contact@example.org", Language.FR, "Besoin d'un ERP", List.of("business-management"), AT), MANAGER);
    }

    static InterventionReport complete() {
        return new InterventionReport(null, "Atelier de menuiserie", "Tableur", Map.of("business-management", "Suivi des devis"),
                List.of(), "Choisir un ERP léger", List.of(), null);
    }

    /** A mission brought to a state by the allowed moves. */
    static Mission in(MissionState state) {
        Mission mission = requested();
        switch (state) {
            case REQUESTED -> { }
            case DECLINED -> mission.decline(MANAGER, AT, "Hors champ");
            case CANCELLED -> mission.cancel(MANAGER, AT, "L'entreprise a renoncé");
            default -> {
                mission.accept(MANAGER, AT);
                if (state == MissionState.ACCEPTED) {
                    break;
                }
                mission.schedule(MANAGER, AT, SCHEDULE, 9, "Paul Advisor");
                if (state == MissionState.SCHEDULED) {
                    break;
                }
                mission.hold(MANAGER, AT, LocalDate.of(2026, 3, 20), BigDecimal.ONE);
                mission.writeReport(MANAGER, AT, complete());
                if (state == MissionState.HELD) {
                    break;
                }
                mission.submitReport(MANAGER, AT);
                if (state == MissionState.REPORT_DRAFTED) {
                    break;
                }
                mission.validateReport(MANAGER, AT);
                if (state == MissionState.REPORT_VALIDATED) {
                    break;
                }
                mission.deliver(MANAGER, AT);
                if (state == MissionState.DELIVERED) {
                    break;
                }
                mission.followUp(MANAGER, AT);
            }
        }
        assertThat(mission.state()).isEqualTo(state);
        return mission;
    }

    @ParameterizedTest
    @EnumSource(MissionState.class)
    void eachStateAllowsItsMovesAndRefusesTheOthers(MissionState state) {
        for (Map.Entry<String, Consumer<Mission>> move : MOVES.entrySet()) {
            Mission mission = in(state);
            int before = mission.changes().size();
            if (ALLOWED.get(state).contains(move.getKey())) {
                move.getValue().accept(mission);
                assertThat(mission.changes()).as(move.getKey() + " in " + state).hasSize(before + 1);
                assertThat(mission.changes().getLast().actor()).isEqualTo("Claire Manager");
            } else {
                assertThatThrownBy(() -> move.getValue().accept(mission)).as(move.getKey() + " in " + state)
                        .isInstanceOf(MissionRefused.class).hasMessage("missions.refused.state");
                assertThat(mission.state()).isEqualTo(state);
                assertThat(mission.changes()).hasSize(before);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MissionState.class)
    void cancellingIsPossibleUntilTheReportIsDelivered(MissionState state) {
        Mission mission = in(state);
        boolean open = EnumSet.of(MissionState.REQUESTED, MissionState.ACCEPTED, MissionState.SCHEDULED, MissionState.HELD,
                MissionState.REPORT_DRAFTED, MissionState.REPORT_VALIDATED).contains(state);
        if (open) {
            mission.cancel(MANAGER, AT, "L'entreprise a fermé");
            assertThat(mission.state()).isEqualTo(MissionState.CANCELLED);
            assertThat(mission.reason()).isEqualTo("L'entreprise a fermé");
        } else {
            assertThatThrownBy(() -> mission.cancel(MANAGER, AT, "Trop tard")).isInstanceOf(MissionRefused.class);
        }
    }

    @Test
    void declineCancelReturnAndHandOverNeedAReason() {
        assertThatThrownBy(() -> requested().decline(MANAGER, AT, " ")).hasMessage("missions.refused.reasonMissing");
        assertThatThrownBy(() -> requested().cancel(MANAGER, AT, null)).hasMessage("missions.refused.reasonMissing");
        assertThatThrownBy(() -> requested().handOver(MANAGER, AT, "ciebi", "")).hasMessage("missions.refused.reasonMissing");
        assertThatThrownBy(() -> in(MissionState.REPORT_DRAFTED).returnReport(MANAGER, AT, ""))
                .hasMessage("missions.refused.reasonMissing");
        assertThatThrownBy(() -> requested().decline(MANAGER, AT, "x".repeat(2001))).hasMessage("missions.refused.reasonTooLong");
    }

    @Test
    void handingOverMovesTheRequestToTheOtherPartnerWithTheReasonInTheHistory() {
        Mission mission = in(MissionState.ACCEPTED);
        mission.handOver(MANAGER, AT, "ciebi", "Implantation au Portugal");
        assertThat(mission.partnerId()).isEqualTo("ciebi");
        assertThat(mission.state()).isEqualTo(MissionState.REQUESTED);
        assertThat(mission.changes().getLast().action()).isEqualTo("HANDED_OVER");
        assertThat(mission.changes().getLast().detail()).contains("cybermassif", "ciebi", "Implantation au Portugal");
        assertThatThrownBy(() -> mission.handOver(MANAGER, AT, "ciebi", "again")).hasMessage("missions.refused.samePartner");
    }

    @Test
    void durationsAreHalfDaysBetweenHalfADayAndTenDays() {
        Mission scheduled = in(MissionState.SCHEDULED);
        LocalDate day = LocalDate.of(2026, 3, 20);
        assertThatThrownBy(() -> scheduled.hold(MANAGER, AT, day, BigDecimal.ZERO)).hasMessage("missions.refused.days");
        assertThatThrownBy(() -> scheduled.hold(MANAGER, AT, day, new BigDecimal("0.3"))).hasMessage("missions.refused.days");
        assertThatThrownBy(() -> scheduled.hold(MANAGER, AT, day, new BigDecimal("10.5"))).hasMessage("missions.refused.days");
        assertThatThrownBy(() -> scheduled.hold(MANAGER, AT, null, BigDecimal.ONE)).hasMessage("missions.refused.scheduleIncomplete");
        scheduled.hold(MANAGER, AT, day, new BigDecimal("0.5"));
        assertThat(scheduled.actualDays()).isEqualByComparingTo("0.5");
    }

    @Test
    void aReportIsSubmittedOnlyWithANeedAndRecommendations() {
        Mission held = in(MissionState.SCHEDULED);
        held.hold(MANAGER, AT, LocalDate.of(2026, 3, 20), BigDecimal.ONE);
        assertThatThrownBy(() -> held.submitReport(MANAGER, AT)).hasMessage("missions.refused.reportIncomplete");
        held.writeReport(MANAGER, AT, new InterventionReport(null, "", "", Map.of("business-management", " "), List.of(), "Faire", List.of(), null));
        assertThatThrownBy(() -> held.submitReport(MANAGER, AT)).hasMessage("missions.refused.reportIncomplete");
        held.writeReport(MANAGER, AT, complete());
        held.submitReport(MANAGER, AT);
        assertThat(held.state()).isEqualTo(MissionState.REPORT_DRAFTED);
        assertThatThrownBy(() -> in(MissionState.REPORT_VALIDATED).writeReport(MANAGER, AT, complete()))
                .hasMessage("missions.refused.state");
    }

    @Test
    void aRequestWithoutACompanyIsAcceptedOnceTiedToOne() {
        Mission mission = Mission.requested(null, "cybermassif", new Mission.Request(MissionOrigin.DIAGNOSTIC, null, 5L, "security",
                "someone@example.org", Language.FR, "", List.of(), AT), Actor.PLATFORM);
        assertThatThrownBy(() -> mission.accept(MANAGER, AT)).hasMessage("missions.refused.noCompany");
        mission.attachCompany(MANAGER, AT, new CompanyId(3), "Menuiserie Durand");
        mission.accept(MANAGER, AT);
        assertThat(mission.company()).isEqualTo(new CompanyId(3));
        assertThatThrownBy(() -> mission.attachCompany(MANAGER, AT, new CompanyId(4), "Autre")).hasMessage("missions.refused.state");
    }
}

package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.PartnerTargets;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Closing a semester freezes its values as of its last day; a closed edition never changes and a
 * correction is a new numbered revision with a reason (H2, then PostgreSQL). The clock reads
 * 15 March 2009: semester 1 (July to December 2008) has ended, semester 2 runs.
 */
@ApplicationModuleTest
@Import({MonitoringTestConfiguration.class, SemesterEditionsTest.DatedMissionsConfiguration.class})
@Tag("database")
@ExtendWith(PostgresAvailable.class)
@Transactional
class SemesterEditionsTest {

    static final Closer ADMIN = new Closer(7, "Ana Admin", Role.NETWORK_ADMIN, Optional.empty());
    static final Closer LEAD_MANAGER = new Closer(8, "Léa Lead", Role.PARTNER_MANAGER, Optional.of(TestNetwork.CYBERMASSIF));
    static final Closer OTHER_MANAGER = new Closer(9, "Olga Other", Role.PARTNER_MANAGER, Optional.of(TestNetwork.CIEBI));
    static final Closer OFFICER = new Closer(10, "Paul Officer", Role.PROGRAMME_OFFICER, Optional.empty());

    @Autowired
    Monitoring monitoring;

    @Autowired
    DatedMissions missions;

    @Autowired
    PartnerTargets partnerTargets;

    @Autowired
    JdbcClient jdbc;

    /** Editions other tests committed in a shared database are set aside for this test's transaction. */
    @BeforeEach
    void noEditionYet() {
        jdbc.sql("delete from monitoring_edition_value").update();
        jdbc.sql("delete from monitoring_edition").update();
    }

    @Test
    void closingFreezesTheValuesAsOfTheSemestersLastDayNotToday() {
        Edition edition = monitoring.close(1, LEAD_MANAGER, null);

        assertThat(edition.semester()).isEqualTo(1);
        assertThat(edition.revision()).isEqualTo(1);
        assertThat(edition.asOf()).isEqualTo(LocalDate.of(2008, 12, 31));
        assertThat(edition.closedByName()).isEqualTo("Léa Lead");
        assertThat(edition.closedBy()).isEqualTo(8);
        assertThat(edition.reason()).isNull();

        Dashboard network = monitoring.dashboard(1, 0, Optional.empty()).orElseThrow();
        assertThat(network.frozen()).isTrue();
        assertThat(network.until()).isEqualTo(LocalDate.of(2008, 12, 31));
        // two missions before the end of 2008, a third in February 2009 that today's count would include
        assertThat(network.line("assistance-missions").orElseThrow().measurement().value()).isEqualByComparingTo("2");
        assertThat(monitoring.dashboard(2, 0, Optional.empty()).orElseThrow()
                .line("assistance-missions").orElseThrow().measurement().value()).isEqualByComparingTo("3");

        Dashboard ciebi = monitoring.dashboard(1, 0, Optional.of(TestNetwork.CIEBI)).orElseThrow();
        assertThat(ciebi.line("assistance-missions").orElseThrow().measurement().value()).isEqualByComparingTo("1");
        assertThat(ciebi.line("assistance-missions").orElseThrow().target()).isEqualByComparingTo("75");
        assertThat(ciebi.line("golden-rules").orElseThrow().measurement().status()).isEqualTo(Measurement.Status.NOT_MEASURED_YET);
    }

    @Test
    void aClosedEditionNeverChangesWhenTheRecordsDo() {
        monitoring.close(1, ADMIN, null);
        missions.add(LocalDate.of(2008, 11, 2), TestNetwork.CIEBI);
        try {
            assertThat(monitoring.dashboard(1, 0, Optional.empty()).orElseThrow()
                    .line("assistance-missions").orElseThrow().measurement().value()).isEqualByComparingTo("2");
            assertThat(partnerTargets.achieved(TestNetwork.PARTNERS.getLast()).orElseThrow().of("assistance-missions"))
                    .isEqualByComparingTo("1");
        } finally {
            missions.remove(LocalDate.of(2008, 11, 2));
        }
    }

    @Test
    void aCorrectionIsANewRevisionWithItsReasonAndBothStayReadable() {
        monitoring.close(1, ADMIN, null);
        missions.add(LocalDate.of(2008, 11, 2), TestNetwork.CIEBI);
        try {
            assertThatThrownBy(() -> monitoring.close(1, ADMIN, "  "))
                    .isInstanceOf(EditionRefused.class).extracting("messageKey").isEqualTo("monitoring.edition.refused.reasonNeeded");

            Edition second = monitoring.close(1, LEAD_MANAGER, "A mission of November was entered late");

            assertThat(second.revision()).isEqualTo(2);
            assertThat(second.reason()).isEqualTo("A mission of November was entered late");
            assertThat(monitoring.editions(1)).extracting(Edition::revision).containsExactly(1, 2);
            assertThat(value(1, 1)).isEqualByComparingTo("2");
            assertThat(value(1, 2)).isEqualByComparingTo("3");
            assertThat(value(1, 0)).isEqualByComparingTo("3");
            assertThat(monitoring.dashboard(1, 3, Optional.empty())).isEmpty();
        } finally {
            missions.remove(LocalDate.of(2008, 11, 2));
        }
    }

    @Test
    void perSemesterValuesAndTheSeriesComeFromTheClosedEditions() {
        monitoring.close(1, ADMIN, null);

        Dashboard.Line line = monitoring.dashboard(2, 0, Optional.empty()).orElseThrow().line("assistance-missions").orElseThrow();

        assertThat(line.previous().value()).isEqualByComparingTo("2");
        assertThat(line.semesterValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(line.series()).extracting(Dashboard.Point::semester).containsExactly(1, 2);
        assertThat(line.series().getFirst().value()).isEqualByComparingTo("2");
    }

    @Test
    void onlyTheLeadPartnerOrANetworkAdminClosesAnEndedSemester() {
        assertThat(monitoring.mayClose(ADMIN)).isTrue();
        assertThat(monitoring.mayClose(LEAD_MANAGER)).isTrue();
        assertThat(monitoring.mayClose(OTHER_MANAGER)).isFalse();
        assertThat(monitoring.mayClose(OFFICER)).isFalse();
        assertThatThrownBy(() -> monitoring.close(1, OTHER_MANAGER, null))
                .extracting("messageKey").isEqualTo("monitoring.edition.refused.notAllowed");
        assertThatThrownBy(() -> monitoring.close(1, OFFICER, null))
                .extracting("messageKey").isEqualTo("monitoring.edition.refused.notAllowed");
        assertThatThrownBy(() -> monitoring.close(2, ADMIN, null))
                .extracting("messageKey").isEqualTo("monitoring.edition.refused.notEnded");
        assertThatThrownBy(() -> monitoring.close(9, ADMIN, null))
                .extracting("messageKey").isEqualTo("monitoring.edition.refused.noSemester");
        assertThat(monitoring.editions(1)).isEmpty();
        assertThat(monitoring.dashboard(3, 0, Optional.empty())).as("a semester not started").isEmpty();
    }

    @Test
    void theDatabaseRefusesASecondEditionWithTheSameRevision() {
        monitoring.close(1, ADMIN, null);
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into monitoring_edition (semester, revision, as_of, reason, closed_by, closed_by_name, closed_at)
                        values (1, 1, date '2008-12-31', 'again', 1, 'x', current_timestamp)""").update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private BigDecimal value(int semester, int revision) {
        return monitoring.dashboard(semester, revision, Optional.empty()).orElseThrow()
                .line("assistance-missions").orElseThrow().measurement().value();
    }

    /** Missions held on given days, counted up to a day: two in 2008 (one for CIEBI), one in February 2009. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DatedMissionsConfiguration {
        @Bean
        DatedMissions datedMissions() {
            return new DatedMissions();
        }
    }

    static class DatedMissions implements IndicatorSource {

        private final java.util.Map<LocalDate, PartnerId> held = new java.util.concurrent.ConcurrentHashMap<>(java.util.Map.of(
                LocalDate.of(2008, 9, 10), TestNetwork.CYBERMASSIF,
                LocalDate.of(2008, 12, 31), TestNetwork.CIEBI,
                LocalDate.of(2009, 2, 5), TestNetwork.CIEBI));

        void add(LocalDate day, PartnerId partner) {
            held.put(day, partner);
        }

        void remove(LocalDate day) {
            held.remove(day);
        }

        @Override
        public Set<String> indicators() {
            return Set.of("assistance-missions");
        }

        @Override
        public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
            return Optional.of(BigDecimal.valueOf(held.entrySet().stream()
                    .filter(e -> !e.getKey().isAfter(until))
                    .filter(e -> partner.isEmpty() || partner.get().equals(e.getValue()))
                    .count()));
        }
    }

}

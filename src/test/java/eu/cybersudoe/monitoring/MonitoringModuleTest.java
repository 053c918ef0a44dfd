package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.math.BigDecimal;

import static eu.cybersudoe.monitoring.MonitoringTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring module on its own, with a database (H2, then PostgreSQL): the catalogue
 * loaded from the reference file, the targets, and the dashboard fed by an indicator source bean.
 */
@ApplicationModuleTest
@Import(MonitoringTestConfiguration.class)
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class MonitoringModuleTest {

    @Autowired
    Monitoring monitoring;

    @Autowired
    MonitoringTestConfiguration.ConferenceSource source;

    @Test
    void catalogueHoldsTheProposalTargets() {
        assertThat(monitoring.indicators()).hasSize(47);
        assertThat(monitoring.indicators().getFirst().code()).isEqualTo("awareness-actions-evaluated");

        Indicator conferences = monitoring.indicator("conferences-held").orElseThrow();
        assertThat(conferences.kind()).isEqualTo(Indicator.Kind.OUTPUT);
        assertThat(conferences.globalTarget()).isEqualTo(new BigDecimal("180"));
        assertThat(conferences.partnerRule()).isEqualTo(new PartnerTargetRule.SameForAll(new BigDecimal("20")));
        assertThat(conferences.name().in(Language.PT).text()).isEqualTo("Sessões de sensibilização realizadas");

        Indicator budget = monitoring.indicator("budget-consumed").orElseThrow();
        assertThat(budget.kind()).isEqualTo(Indicator.Kind.FINANCIAL);
        assertThat(budget.unit()).isEqualTo(Indicator.Unit.EUROS);
        assertThat(budget.globalTarget()).isEqualTo(new BigDecimal("1641382"));
        assertThat(budget.declaredTarget()).isEqualTo(new BigDecimal("1641383"));

        assertThat(monitoring.indicator("newsletter-sends").orElseThrow().globalTarget()).isEqualTo(new BigDecimal("1800000"));
        Indicator distinct = monitoring.indicator("companies-attended").orElseThrow();
        assertThat(distinct.tracked()).isTrue();
        assertThat(distinct.distinctCount()).isTrue();
        assertThat(monitoring.indicator("companies-per-conference").orElseThrow().kind()).isEqualTo(Indicator.Kind.QUALITY);
    }

    @Test
    void partnersGetTheirOwnTargets() {
        assertThat(monitoring.targetsFor(TestNetwork.CYBERMASSIF))
                .containsEntry("assistance-missions", new BigDecimal("100"))
                .containsEntry("consultant-days", new BigDecimal("100"))
                .containsEntry("conferences-held", new BigDecimal("20"))
                .containsEntry("awareness-actions-evaluated", new BigDecimal("10"))
                .containsEntry("project-managers-trained", new BigDecimal("2"))
                .doesNotContainKey("golden-rules");
        assertThat(monitoring.targetsFor(TestNetwork.CEEI_BURGOS)).containsEntry("assistance-missions", new BigDecimal("75"));
        assertThat(monitoring.targetsFor(TestNetwork.CIEBI)).containsEntry("assistance-missions", new BigDecimal("75"));
    }

    @Test
    void dashboardShowsMeasuredValuesOfTheCurrentSemester() {
        Dashboard dashboard = monitoring.dashboard();

        assertThat(dashboard.semester().number()).isEqualTo(2);
        assertThat(dashboard.until()).isEqualTo(TODAY);
        assertThat(dashboard.partner()).isEmpty();
        assertThat(dashboard.partners()).hasSize(9);

        Dashboard.Line conferences = dashboard.line("conferences-held").orElseThrow();
        assertThat(conferences.measurement()).isEqualTo(Measurement.of(new BigDecimal("45")));
        assertThat(conferences.target()).isEqualTo(new BigDecimal("180"));
        assertThat(conferences.progressPercent()).contains(new BigDecimal("25"));
        assertThat(conferences.partnerTargets()).hasSize(9).containsEntry(TestNetwork.CIEBI, new BigDecimal("20"));

        Dashboard.Line missions = dashboard.line("assistance-missions").orElseThrow();
        assertThat(missions.partnerTargets()).containsEntry(TestNetwork.CYBERMASSIF, new BigDecimal("100"))
                .containsEntry(TestNetwork.CEEI_BURGOS, new BigDecimal("75"));
    }

    @Test
    void anIndicatorWithoutSourceIsNotMeasuredYetRatherThanZero() {
        Dashboard.Line rules = monitoring.dashboard().line("golden-rules").orElseThrow();

        assertThat(rules.measurement().status()).isEqualTo(Measurement.Status.NOT_MEASURED_YET);
        assertThat(rules.measurement().value()).isNull();
        assertThat(rules.measurement().measured()).isFalse();
        assertThat(rules.progressPercent()).isEmpty();
    }

    @Test
    void aDistinctCountIsMeasuredForTheNetworkNotSummedFromPartners() {
        source.asked.clear();
        Dashboard.Line companies = monitoring.dashboard().line("companies-attended").orElseThrow();

        assertThat(companies.measurement().value()).isEqualByComparingTo("300");
        assertThat(companies.target()).isNull();
        assertThat(companies.progressPercent()).isEmpty();
        assertThat(source.asked).contains("companies-attended until 2009-03-15 for network")
                .noneMatch(question -> question.startsWith("companies-attended") && !question.endsWith("network"));
    }

    @Test
    void aPartnerSeesItsOwnTargetsAndValues() {
        Dashboard cybermassif = monitoring.dashboard(TestNetwork.CYBERMASSIF).orElseThrow();
        assertThat(cybermassif.partner().orElseThrow().id()).isEqualTo(TestNetwork.CYBERMASSIF);

        Dashboard.Line conferences = cybermassif.line("conferences-held").orElseThrow();
        assertThat(conferences.measurement().value()).isEqualByComparingTo("5");
        assertThat(conferences.target()).isEqualTo(new BigDecimal("20"));
        assertThat(conferences.progressPercent()).contains(new BigDecimal("25"));
        assertThat(cybermassif.line("assistance-missions").orElseThrow().target()).isEqualTo(new BigDecimal("100"));
        assertThat(cybermassif.line("platform-connections").orElseThrow().measurement().status())
                .isEqualTo(Measurement.Status.NO_VALUE);
        assertThat(cybermassif.line("golden-rules").orElseThrow().target()).isNull();

        Dashboard burgos = monitoring.dashboard(TestNetwork.CEEI_BURGOS).orElseThrow();
        assertThat(burgos.line("assistance-missions").orElseThrow().target()).isEqualTo(new BigDecimal("75"));

        assertThat(monitoring.dashboard(new PartnerId("nobody"))).isEmpty();
    }
}

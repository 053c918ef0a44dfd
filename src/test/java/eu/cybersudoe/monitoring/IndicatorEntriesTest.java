package eu.cybersudoe.monitoring;

import eu.cybersudoe.monitoring.IndicatorEntries.Entry;
import eu.cybersudoe.monitoring.IndicatorEntries.EvidenceUpload;
import eu.cybersudoe.monitoring.IndicatorEntries.Person;
import eu.cybersudoe.monitoring.IndicatorEntries.State;
import eu.cybersudoe.shared.files.UploadRefused;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An indicator no module measures (here golden rules) is entered by a partner with evidence, and
 * counts once a network admin other than the person who entered it validates it (H2, then PostgreSQL).
 */
@ApplicationModuleTest
@Import(MonitoringTestConfiguration.class)
@Tag("database")
@ExtendWith(PostgresAvailable.class)
@Transactional
class IndicatorEntriesTest {

    static final Person MANAGER = new Person(21, "Marc Manager");
    static final Person ADMIN = new Person(22, "Ana Admin");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    IndicatorEntries entries;

    @Autowired
    Monitoring monitoring;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Entries other tests committed in a shared database are set aside for this test's transaction. */
    @org.junit.jupiter.api.BeforeEach
    void noEntryYet() {
        jdbc.sql("delete from monitoring_entry_evidence").update();
        jdbc.sql("delete from monitoring_entry").update();
    }

    @Test
    void theCatalogueSaysWhichIndicatorsAreEnteredAndMeasuredOnesAreRefused() {
        assertThat(entries.measured("conferences-held")).isTrue();
        assertThat(entries.measured("golden-rules")).isFalse();
        assertThat(entries.enterable()).extracting(Indicator::code).contains("golden-rules").doesNotContain("conferences-held");
        assertThatThrownBy(() -> entries.submit("conferences-held", TestNetwork.CIEBI, 1, BigDecimal.ONE, null, List.of(), MANAGER))
                .isInstanceOf(EntryRefused.class).extracting("messageKey").isEqualTo("monitoring.entry.refused.measured");
    }

    @Test
    void aValidatedValueCountsForItsPartnerAndTheNetworkWithItsEvidence() throws Exception {
        Entry entry = entries.submit("golden-rules", TestNetwork.CIEBI, 1, new BigDecimal("3"), "Three rules published",
                List.of(new EvidenceUpload("minutes.pdf", new ByteArrayInputStream(PDF))), MANAGER);

        assertThat(entry.state()).isEqualTo(State.SUBMITTED);
        assertThat(monitoring.dashboard(1, 0, Optional.empty()).orElseThrow().line("golden-rules").orElseThrow()
                .measurement().status()).as("not counted before validation").isEqualTo(Measurement.Status.NOT_MEASURED_YET);
        assertThat(entries.awaiting()).extracting(Entry::id).contains(entry.id());
        assertThat(entries.evidence(entry.id())).extracting(IndicatorEntries.Evidence::fileName).containsExactly("minutes.pdf");
        try (InputStream in = entries.openEvidence(entry.id(), entries.evidence(entry.id()).getFirst().id()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }

        Entry validated = entries.validate(entry.id(), ADMIN);

        assertThat(validated.state()).isEqualTo(State.VALIDATED);
        assertThat(validated.decidedByName()).isEqualTo("Ana Admin");
        assertThat(monitoring.dashboard(1, 0, Optional.of(TestNetwork.CIEBI)).orElseThrow().line("golden-rules").orElseThrow()
                .measurement().value()).isEqualByComparingTo("3");
        assertThat(monitoring.dashboard(1, 0, Optional.of(TestNetwork.CYBERMASSIF)).orElseThrow().line("golden-rules").orElseThrow()
                .measurement().value()).isEqualByComparingTo("0");
        assertThat(monitoring.dashboard(2, 0, Optional.empty()).orElseThrow().line("golden-rules").orElseThrow()
                .measurement().value()).as("cumulative in the next semester").isEqualByComparingTo("3");
        assertThatThrownBy(() -> entries.submit("golden-rules", TestNetwork.CIEBI, 1, BigDecimal.TEN, null, List.of(), MANAGER))
                .extracting("messageKey").isEqualTo("monitoring.entry.refused.validated");
    }

    @Test
    void thePersonWhoEnteredCannotDecideAndAReturnedValueIsEnteredAgain() {
        Entry entry = entries.submit("golden-rules", TestNetwork.CYBERMASSIF, 2, new BigDecimal("2"), null, List.of(), ADMIN);

        assertThatThrownBy(() -> entries.validate(entry.id(), ADMIN))
                .extracting("messageKey").isEqualTo("monitoring.entry.refused.fourEyes");
        assertThatThrownBy(() -> entries.giveBack(entry.id(), MANAGER, " "))
                .extracting("messageKey").isEqualTo("monitoring.entry.refused.returnComment");

        Entry returned = entries.giveBack(entry.id(), MANAGER, "Attach the minutes");
        assertThat(returned.state()).isEqualTo(State.RETURNED);
        assertThat(returned.decisionComment()).isEqualTo("Attach the minutes");
        assertThatThrownBy(() -> entries.validate(entry.id(), MANAGER))
                .extracting("messageKey").isEqualTo("monitoring.entry.refused.decided");

        Entry again = entries.submit("golden-rules", TestNetwork.CYBERMASSIF, 2, new BigDecimal("1"), "Corrected", List.of(), ADMIN);
        assertThat(again.id()).isEqualTo(entry.id());
        assertThat(again.state()).isEqualTo(State.SUBMITTED);
        assertThat(again.decisionComment()).isNull();
        assertThat(entries.validate(entry.id(), MANAGER).value()).isEqualByComparingTo("1");
    }

    @Test
    void wrongValuesSemestersAndFilesAreRefused() {
        assertThatThrownBy(() -> entries.submit("golden-rules", TestNetwork.CIEBI, 1, new BigDecimal("-1"), null, List.of(), MANAGER))
                .extracting("messageKey").isEqualTo("monitoring.entry.refused.value");
        assertThatThrownBy(() -> entries.submit("golden-rules", TestNetwork.CIEBI, 4, BigDecimal.ONE, null, List.of(), MANAGER))
                .extracting("messageKey").isEqualTo("monitoring.entry.refused.semester");
        assertThatThrownBy(() -> entries.submit("golden-rules", TestNetwork.CIEBI, 1, BigDecimal.ONE, null,
                List.of(new EvidenceUpload("run.exe", new ByteArrayInputStream(new byte[]{'M', 'Z', 0, 0, 1, 2, 3}))), MANAGER))
                .isInstanceOf(UploadRefused.class);
    }
}

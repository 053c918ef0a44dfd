package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.monitoring.MonitoringTestConfiguration;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.reference.ReferenceDataException;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading the catalogue is idempotent and keeps what the file no longer lists. Each test
 * runs in a transaction rolled back at its end, so the shared PostgreSQL database keeps
 * the shipped catalogue.
 */
@ApplicationModuleTest
@Import(MonitoringTestConfiguration.class)
@Tag("database")
@ExtendWith(PostgresAvailable.class)
@Transactional
class CatalogueLoaderTest {

    static final String FILE = CatalogueFileTest.FILE;

    @Autowired
    CatalogueLoader loader;

    @Autowired
    Monitoring monitoring;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    eu.cybersudoe.shared.CacheVersions versions;

    @Test
    void loadingTheSameFileAgainChangesNothing() {
        CatalogueLoader.Report again = loader.load(new ClassPathResource(FILE), FILE);

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(47);
        assertThat(loader.load(new ClassPathResource(FILE), FILE).changedNothing()).isTrue();
    }

    @Test
    void anEditedFileUpdatesItsRows() throws IOException {
        String edited = shipped().replace("    target: 180\n", "    target: 200\n")
                .replace("        FR: 100\n        ES: 75\n", "        FR: 110\n        ES: 75\n")
                .replace("en: Golden rules identified", "en: Golden rules found");

        long version = versions.current(IndicatorTable.CACHE);
        CatalogueLoader.Report report = loader.load(resource(edited), "edited.yml");

        assertThat(versions.current(IndicatorTable.CACHE)).as("every node's copy of the catalogue is out of date")
                .isGreaterThan(version);
        assertThat(report.updated()).containsExactlyInAnyOrder("conferences-held", "assistance-missions",
                "consultant-days", "missions-held", "companies-accompanied", "golden-rules");
        assertThat(report.added()).isEmpty();
        assertThat(report.retired()).isEmpty();
        assertThat(monitoring.indicator("conferences-held").orElseThrow().globalTarget()).isEqualTo(new BigDecimal("200"));
        assertThat(monitoring.indicator("golden-rules").orElseThrow().name().in(Language.EN).text())
                .isEqualTo("Golden rules found");
        assertThat(loader.load(resource(edited), "edited.yml").changedNothing()).isTrue();
    }

    @Test
    void anIndicatorRemovedFromTheFileIsKeptAsRetired() throws IOException {
        String shipped = shipped();
        int start = shipped.indexOf("  - code: golden-rules\n");
        int end = shipped.indexOf("  - code:", start + 1);
        String without = shipped.substring(0, start) + shipped.substring(end);

        CatalogueLoader.Report report = loader.load(resource(without), "without.yml");

        assertThat(report.retired()).containsExactly("golden-rules");
        assertThat(report.updated()).isEmpty();
        assertThat(monitoring.indicator("golden-rules")).isEmpty();
        assertThat(monitoring.retiredIndicators()).contains("golden-rules");
        assertThat(jdbc.sql("select count(*) from monitoring_indicator where code = 'golden-rules' and retired_at is not null")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(loader.load(resource(without), "without.yml").changedNothing()).isTrue();

        CatalogueLoader.Report back = loader.load(new ClassPathResource(FILE), FILE);
        assertThat(back.updated()).containsExactly("golden-rules");
        assertThat(monitoring.indicator("golden-rules")).isPresent();
    }

    @Test
    void aNewIndicatorIsAdded() throws IOException {
        String more = shipped() + """

                  - code: test-extra-indicator
                    kind: impact
                    unit: percent
                    target: tracked
                    per-partner:
                      by-partner:
                        cybermassif: 5
                    name: {fr: Essai, es: Prueba, pt: Teste, en: Test}
                    definition: {fr: Essai, es: Prueba, pt: Teste, en: Test}
                """;

        CatalogueLoader.Report report = loader.load(resource(more), "more.yml");

        assertThat(report.added()).containsExactly("test-extra-indicator");
        assertThat(monitoring.indicators().getLast().code()).isEqualTo("test-extra-indicator");
        assertThat(monitoring.targetsFor(new PartnerId("cybermassif")))
                .containsEntry("test-extra-indicator", new BigDecimal("5"));
        assertThat(monitoring.targetsFor(new PartnerId("ciebi"))).doesNotContainKey("test-extra-indicator");
        assertThat(loader.load(resource(more), "more.yml").changedNothing()).isTrue();
    }

    @Test
    void aBrokenFileChangesNothingAndNamesFileAndLine() throws IOException {
        String broken = shipped().replace("    target: 180\n", "    target: a lot\n");
        int line = (int) shipped().substring(0, shipped().indexOf("    target: 180\n")).lines().count() + 1;

        assertThatThrownBy(() -> loader.load(resource(broken), "reference/monitoring/indicators.yml"))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("reference/monitoring/indicators.yml");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("reference/monitoring/indicators.yml, line " + line + ": ")
                            .contains("not 'a lot'");
                });
        assertThat(monitoring.indicator("conferences-held").orElseThrow().globalTarget()).isEqualTo(new BigDecimal("180"));
    }

    static String shipped() throws IOException {
        return new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
    }

    static Resource resource(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }
}

package eu.cybersudoe.network.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.reference.ReferenceDataException;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference data loaded at start-up, and loading again: idempotent, updating edited rows,
 * keeping removed ones. The PostgreSQL run shares its database with other tests: each test
 * leaves the shipped data in place, and none assumes the tables hold only this data.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class NetworkReferenceDataTest {

    static final List<String> SHIPPED_PARTNERS = List.of("cybermassif", "transferts-lr", "echangeur-bordeaux",
            "insula-barataria", "ceei-burgos", "leitat", "camara-gijon", "cederna-garalur", "ciebi");
    static final List<String> TABLES = List.of("partner", "region", "partner_region", "member_structure", "work_package",
            "theme", "network_project", "planned_meeting");

    @Autowired
    Network network;

    @Autowired
    NetworkReferenceLoader loader;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restoreTheShippedFiles() {
        loader.load(NetworkReferenceLoader.DEFAULT_LOCATION);
    }

    @Test
    void loadsThePartners() {
        assertThat(network.partners()).extracting(p -> p.id().value()).containsAll(SHIPPED_PARTNERS);
        assertThat(network.leadPartner().id()).isEqualTo(new PartnerId("cybermassif"));
        assertThat(network.partners().getFirst()).isEqualTo(network.leadPartner());
        Partner ciebi = network.partner(new PartnerId("ciebi")).orElseThrow();
        assertThat(ciebi.city()).isEqualTo("Covilhã");
        assertThat(ciebi.regions()).containsExactly("PT16");
        assertThat(ciebi.coPilotedWorkPackage()).isEqualTo("GT4");
        assertThat(ciebi.description().has(Language.PT)).isTrue();
        assertThat(network.partner(new PartnerId("cybermassif")).orElseThrow().regions()).containsExactlyInAnyOrder("FRK1", "FRI2", "FRJ1");
        assertThat(network.memberStructures(new PartnerId("cybermassif"))).isEmpty();
    }

    @Test
    void loadsTheRegionsAndAnswersForThem() {
        assertThat(network.regions()).extracting(Region::code)
                .contains("FRK1", "FRI1", "FRI2", "FRJ1", "ES12", "ES22", "ES41", "ES42", "ES51", "PT16");
        Region frj1 = network.region("FRJ1").orElseThrow();
        assertThat(frj1.name()).isEqualTo("Languedoc-Roussillon");
        assertThat(frj1.partners()).containsExactlyInAnyOrder(new PartnerId("cybermassif"), new PartnerId("transferts-lr"));
        assertThat(network.partnerFor("FRJ1")).isEqualTo(new PartnerId("transferts-lr"));
        assertThat(network.partnerFor("PT16")).isEqualTo(new PartnerId("ciebi"));
        assertThat(network.partnerFor("ES30")).isEqualTo(new PartnerId("cybermassif"));
    }

    @Test
    void loadsTheWorkPackagesAndTheBudget() {
        assertThat(network.workPackages()).extracting(WorkPackage::code).containsExactly("GT0", "GT1", "GT2", "GT3", "GT4", "GT5", "GT6");
        assertThat(network.workPackage("GT0").orElseThrow().coPilot()).isNull();
        assertThat(network.workPackage("GT6").orElseThrow().coPilot()).isEqualTo(new PartnerId("insula-barataria"));
        assertThat(network.workPackage("GT4").orElseThrow().budget()).isEqualByComparingTo("794399");
        assertThat(network.budget().sum()).isEqualByComparingTo("1641382");
        assertThat(network.budget().declaredTotal()).isEqualByComparingTo("1641383");
        assertThat(network.budget().difference()).isEqualByComparingTo("1");
        assertThat(jdbc.sql("SELECT declared_budget FROM network_project").query(BigDecimal.class).single())
                .isEqualByComparingTo("1641383");
    }

    @Test
    void loadsTheThemesAndTheCalendar() {
        assertThat(network.themes(false)).extracting(Theme::code).containsSubsequence("business-management", "e-hr", "security",
                "competitive-intelligence", "mobility", "building", "tourism", "commerce", "agri-food", "industry");
        assertThat(network.themes(false)).filteredOn(t -> t.kind() == Theme.Kind.SECTORAL).extracting(Theme::code)
                .contains("building", "tourism", "commerce", "agri-food", "industry");
        assertThat(network.theme("security").orElseThrow().name().in(Language.ES).text()).isEqualTo("Seguridad de los sistemas de información");
        assertThat(network.calendar().start()).isEqualTo(LocalDate.of(2008, 7, 1));
        assertThat(network.calendar().end()).isEqualTo(LocalDate.of(2010, 12, 31));
        assertThat(network.calendar().semesters()).hasSize(5);
        assertThat(network.semesterOf(LocalDate.of(2009, 3, 15)).number()).isEqualTo(2);
        assertThat(network.semesterOf(LocalDate.of(2011, 11, 17)).number()).isEqualTo(5);
        assertThat(network.calendar().meetings()).extracting(m -> m.code()).contains("launch-clermont-ferrand", "closing-montpellier");
    }

    @Test
    void loadingAgainChangesNothing(CapturedOutput output) {
        Map<String, List<Map<String, Object>>> before = contents();
        NetworkSnapshot first = loader.current();
        loader.load();
        assertThat(contents()).isEqualTo(before);
        assertThat(loader.current().partners()).isEqualTo(first.partners());
        assertThat(loader.current().themes(true)).isEqualTo(first.themes(true));
        assertThat(output.getOut()).contains("Network reference data under classpath:reference/network/ is unchanged");
    }

    @Test
    void anEditedFileUpdatesItsRows(@TempDir Path folder) throws IOException {
        Map<String, String> files = NetworkFilesTest.shipped();
        files.put(NetworkFiles.PARTNERS, files.get(NetworkFiles.PARTNERS).replace("city: Lekaroz", "city: Elizondo"));
        files.put(NetworkFiles.THEMES, files.get(NetworkFiles.THEMES)
                .replace("en: Retail and trade", "en: Commerce")
                .replace("    pictogram: mobility.svg\n", "    pictogram: mobility.svg\n    retired: true\n"));
        files.put(NetworkFiles.WORK_PACKAGES, files.get(NetworkFiles.WORK_PACKAGES).replace("budget: 82169", "budget: 82170"));
        write(folder, files);

        loader.load(folder.toUri().toString());

        assertThat(network.partner(new PartnerId("cederna-garalur")).orElseThrow().city()).isEqualTo("Elizondo");
        assertThat(jdbc.sql("SELECT city FROM partner WHERE id = 'cederna-garalur'").query(String.class).single()).isEqualTo("Elizondo");
        assertThat(network.theme("commerce").orElseThrow().name().in(Language.EN).text()).isEqualTo("Commerce");
        assertThat(network.theme("mobility").orElseThrow().active()).isFalse();
        assertThat(network.themes(false)).extracting(Theme::code).doesNotContain("mobility");
        assertThat(network.themes(true)).extracting(Theme::code).contains("mobility");
        assertThat(network.budget().sum()).isEqualByComparingTo("1641383");
    }

    @Test
    void anEntryRemovedFromAFileIsKept(@TempDir Path folder, CapturedOutput output) throws IOException {
        Map<String, String> files = NetworkFilesTest.shipped();
        String themes = files.get(NetworkFiles.THEMES);
        files.put(NetworkFiles.THEMES, themes.substring(0, themes.indexOf("  - code: industry")));
        String meetings = files.get(NetworkFiles.CALENDAR);
        files.put(NetworkFiles.CALENDAR, meetings.substring(0, meetings.indexOf("  - code: closing-montpellier")));
        write(folder, files);
        long themeRows = count("theme");

        loader.load(folder.toUri().toString());

        assertThat(count("theme")).isEqualTo(themeRows);
        assertThat(network.theme("industry")).get().satisfies(t -> assertThat(t.active()).isTrue());
        assertThat(network.calendar().meetings()).extracting(m -> m.code()).contains("closing-montpellier");
        assertThat(output.getOut()).contains("theme industry is no longer in the files", "planned meeting closing-montpellier is no longer in the files");
    }

    @Test
    void aBrokenFileChangesNothing(@TempDir Path folder) throws IOException {
        Map<String, String> files = NetworkFilesTest.shipped();
        files.put(NetworkFiles.PARTNERS, files.get(NetworkFiles.PARTNERS).replace("city: Lekaroz", "city: Elizondo"));
        files.put(NetworkFiles.THEMES, files.get(NetworkFiles.THEMES).replace("kind: sectoral", "kind: sector"));
        write(folder, files);
        Map<String, List<Map<String, Object>>> before = contents();
        NetworkSnapshot snapshot = loader.current();

        assertThatThrownBy(() -> loader.load(folder.toUri().toString()))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("themes.yml, line ");

        assertThat(contents()).isEqualTo(before);
        assertThat(loader.current()).isSameAs(snapshot);
    }

    private static void write(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** Every row of the network's tables, in a stable order. */
    private Map<String, List<Map<String, Object>>> contents() {
        Map<String, List<Map<String, Object>>> contents = new LinkedHashMap<>();
        for (String table : TABLES) {
            contents.put(table, jdbc.sql("SELECT * FROM " + table + " ORDER BY 1, 2").query().listOfRows());
        }
        return contents;
    }
}

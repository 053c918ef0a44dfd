package eu.cybersudoe.companies.classification;

import eu.cybersudoe.shared.reference.ReferenceDataException;
import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping of NACE classes to the sectoral themes. */
class SectorThemesTest {

    static final NaceRev2 NACE = NaceRev2Test.NACE;
    static final SectorThemes THEMES = SectorThemes.load(NACE);

    static SectorThemes read(String text) {
        return SectorThemes.read(ReferenceFile.read(SectorThemes.FILE, new StringReader(text)), NACE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "41.20 | building", "42.11 | building", "43.22 | building",
            "55.10 | tourism", "56.10 | tourism", "79.12 | tourism", "93.21 | tourism", "93.11 | none", "91.02 | none",
            "45.20 | commerce", "46.31 | commerce", "47.11 | commerce",
            "01.11 | agri-food", "03.21 | agri-food", "10.71 | agri-food", "11.02 | agri-food", "02.20 | none",
            "12.00 | industry", "25.62 | industry", "33.20 | industry", "16.10 | industry",
            "62.01 | none", "69.20 | none", "71.11 | none", "35.11 | none", "99.00 | none"})
    void givesTheThemeOfAClass(String naceClass, String theme) {
        assertThat(THEMES.of(naceClass)).isEqualTo(Optional.ofNullable(theme));
    }

    @Test
    void anUnknownClassHasNoTheme() {
        assertThat(THEMES.of("62.05")).isEmpty();
        assertThat(THEMES.of("41")).isEmpty();
    }

    @Test
    void mapsOnlySectoralThemesOfTheNetwork() {
        ReferenceNode themes = ReferenceFile.read("reference/network/themes.yml",
                new ClassPathResource("reference/network/themes.yml")).root();
        Map<String, String> kinds = themes.list("themes").stream()
                .collect(Collectors.toMap(t -> t.text("code"), t -> t.text("kind"), (a, b) -> a, TreeMap::new));
        assertThat(THEMES.themes()).containsExactlyInAnyOrder("building", "tourism", "commerce", "agri-food", "industry");
        for (String theme : THEMES.themes()) {
            assertThat(kinds.get(theme)).as(theme).isEqualTo("sectoral");
        }
    }

    @Test
    void countsTheClassesOfEachTheme() {
        Map<String, Long> counts = NACE.classes().stream()
                .collect(Collectors.groupingBy(c -> THEMES.of(c).orElse("none"), TreeMap::new, Collectors.counting()));
        // Section F; 55, 56, 79 and two classes of 93; section G; 01, 03, 10, 11; section C less 10 and 11.
        assertThat(counts).containsEntry("building", 22L).containsEntry("tourism", 13L).containsEntry("commerce", 91L)
                .containsEntry("agri-food", 67L).containsEntry("industry", 198L);
    }

    @Test
    void anUnknownCodeIsReportedWithItsLine() {
        String text = """
                themes:
                  - theme: building
                    sections: [F]
                  - theme: tourism
                    classes: [55.10, 93.22]
                """;
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(ReferenceDataException.class, e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.problem()).endsWith("'93.22' is not a NACE Rev. 2 class");
        });
    }

    @Test
    void aCodeGivenToTwoThemesIsReported() {
        String text = """
                themes:
                  - theme: commerce
                    divisions: ["45", "46", "47"]
                  - theme: industry
                    divisions: ["45"]
                """;
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(ReferenceDataException.class, e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.problem()).endsWith("division 45 is already given to commerce");
        });
    }
}

package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.shared.Language;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practical guide's notes by region for Spain: one note for each region of a Spanish partner, each
 * about indicators of the catalogue, each in the four languages.
 */
class GuideRegionsTest {

    @Test
    void everySpanishPartnersRegionHasNotesOnIndicatorsOfTheCatalogue() throws IOException {
        List<GuideRegions.RegionNote> notes = new GuideRegions().all();

        assertThat(notes).extracting(GuideRegions.RegionNote::region).containsExactlyInAnyOrderElementsOf(spanishRegions());
        Set<String> codes = catalogueCodes();
        for (GuideRegions.RegionNote note : notes) {
            assertThat(codes).as(note.region()).containsAll(note.indicators());
            for (Language language : Language.values()) {
                assertThat(note.note().has(language)).as(note.region() + " " + language).isTrue();
            }
        }
        assertThat(new GuideRegions().about("companies-accompanied")).hasSize(5);
        assertThat(new GuideRegions().about("newsletter-sends")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> spanishRegions() throws IOException {
        Map<String, Object> file = read("reference/network/partners.yml");
        return ((List<Map<String, Object>>) file.get("partners")).stream().filter(p -> "ES".equals(String.valueOf(p.get("country"))))
                .flatMap(p -> ((List<String>) p.get("regions")).stream()).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> catalogueCodes() throws IOException {
        Map<String, Object> file = read("reference/monitoring/indicators.yml");
        return ((List<Map<String, Object>>) file.get("indicators")).stream().map(i -> String.valueOf(i.get("code")))
                .collect(Collectors.toSet());
    }

    private static Map<String, Object> read(String path) throws IOException {
        try (InputStream in = GuideRegionsTest.class.getClassLoader().getResourceAsStream(path)) {
            return new Yaml().load(in);
        }
    }
}

package eu.cybersudoe.companies.classification;

import eu.cybersudoe.companies.classification.ActivityClassification.Refusal;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.reference.ReferenceDataException;
import eu.cybersudoe.shared.reference.ReferenceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The national classifications are complete: every NAF sous-classe, every CNAE-2009 class, every CAE-Rev.3 subclass. */
class ClassificationTablesTest {

    static final Activities ACTIVITIES = new Activities();

    @Test
    void nafRev2HasItsSevenHundredAndThirtyTwoSousClassesWithTheirTitles() {
        ActivityTitles titles = ACTIVITIES.titles();
        assertThat(titles.nafSubclasses()).hasSize(732);
        assertThat(titles.nafSubclassesOf("41.20")).containsExactly("41.20A", "41.20B");
        assertThat(titles.nafSubclassesOf("10.71")).containsExactly("10.71A", "10.71B", "10.71C", "10.71D");
        assertThat(titles.nafSubclasses()).allSatisfy(code -> assertThat(ACTIVITIES.classify(Country.FR, code)).isPresent());
        assertThat(ACTIVITIES.title(Country.FR, "41.20A")).contains(new ActivityTitles.Title("Construction de maisons individuelles", "fr"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FR | 41.20A | 41.20", "FR | 41.20B | 41.20", "FR | 01.11Z | 01.11", "FR | 56.10C | 56.10", "FR | 62.01Z | 62.01",
            "ES | 4121 | 41.20", "ES | 4122 | 41.20", "ES | 1043 | 10.41", "ES | 3518 | 35.11", "ES | 8543 | 85.42", "ES | 6201 | 62.01",
            "PT | 55111 | 55.10", "PT | 55112 | 55.10", "PT | 55121 | 55.10", "PT | 55201 | 55.20", "PT | 41200 | 41.20", "PT | 47111 | 47.11"})
    void handPickedCodesOfEachCountryAreKnown(Country country, String code, String naceClass) {
        assertThat(ACTIVITIES.classify(country, code)).hasValueSatisfying(activity -> assertThat(activity.naceClass()).isEqualTo(naceClass));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"FR | 41.20Z", "FR | 62.01A", "FR | 10.71Z", "ES | 4120", "PT | 55101"})
    void codesTheTablesDoNotHoldAreNotClassified(Country country, String code) {
        ActivityClassification result = ACTIVITIES.examine(country, code);
        assertThat(result.activityIfClassified()).isEmpty();
        assertThat(((ActivityClassification.Refused) result).reason()).isIn(Refusal.UNKNOWN_CODE, Refusal.SUBDIVIDED);
    }

    @Test
    void cnae2009HasItsSixHundredAndTwentyNineClasses() {
        long known = IntStream.range(0, 10_000).mapToObj(n -> "%04d".formatted(n))
                .filter(code -> ACTIVITIES.classify(Country.ES, code).isPresent()).count();
        assertThat(known).isEqualTo(629);
    }

    @Test
    void spanishAndPortugueseCodesAreShownWithTheNaceTitle() {
        ActivityTitles titles = ACTIVITIES.titles();
        assertThat(ACTIVITIES.title(Country.ES, "4121")).contains(new ActivityTitles.Title("Construction of residential and non-residential buildings", "en"));
        assertThat(ACTIVITIES.title(Country.PT, "55112").map(ActivityTitles.Title::text)).contains("Hotels and similar accommodation");
        assertThat(ACTIVITIES.nace().classes()).allSatisfy(c -> assertThat(titles.naceTitle(c)).isPresent());
    }

    @Test
    void eachReferenceFileStatesItsSourceAndEdition() throws IOException {
        for (String file : new String[] {ActivityTitles.NAF_FILE, ActivityTitles.NACE_FILE, NaceRev2.FILE}) {
            String header = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8).lines()
                    .takeWhile(line -> line.startsWith("#")).reduce("", String::concat);
            assertThat(header).as(file).containsAnyOf("Source:", "Regulation").containsPattern("20[0-9]{2}");
        }
    }

    @Test
    void aNafCodeOfNoNaceClassIsReportedWithItsLine() {
        ReferenceFile naf = ReferenceFile.read("naf.yml", new ByteArrayResource("""
                subclasses:
                  01.11Z: "Culture de céréales"
                  00.99Z: "Rien"
                """.getBytes(StandardCharsets.UTF_8)));
        ReferenceFile titles = ReferenceFile.read(ActivityTitles.NACE_FILE, new ClassPathResource(ActivityTitles.NACE_FILE));

        assertThatThrownBy(() -> ActivityTitles.read(naf, titles, ACTIVITIES.nace()))
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("naf.yml").hasMessageContaining("3")
                .hasMessageContaining("00.99Z");
    }
}

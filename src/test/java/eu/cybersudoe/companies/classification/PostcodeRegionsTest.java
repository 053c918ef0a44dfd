package eu.cybersudoe.companies.classification;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.reference.ReferenceDataException;
import eu.cybersudoe.shared.reference.ReferenceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The NUTS 2 region of French, Spanish and Portuguese postcodes. */
class PostcodeRegionsTest {

    static final PostcodeRegions REGIONS = new PostcodeRegions();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the partners' regions
            "FR | 63000 | FRK1", "FR | 87000 | FRI2", "FR | 34000 | FRJ1", "FR | 33000 | FRI1",
            "FR | 03100 | FRK1", "FR | 15000 | FRK1", "FR | 43000 | FRK1", "FR | 19100 | FRI2", "FR | 23000 | FRI2",
            "FR | 11000 | FRJ1", "FR | 30000 | FRJ1", "FR | 48000 | FRJ1", "FR | 66000 | FRJ1",
            "FR | 24000 | FRI1", "FR | 40000 | FRI1", "FR | 47000 | FRI1", "FR | 64000 | FRI1",
            // others, Corsica and overseas
            "FR | 75001 | FR10", "FR | 01000 | FRK2", "FR | 69001 | FRK2", "FR | 31000 | FRJ2", "FR | 90000 | FRC2",
            "FR | 20000 | FRM0", "FR | 20090 | FRM0", "FR | 20200 | FRM0", "FR | 20600 | FRM0",
            "FR | 97100 | FRY1", "FR | 97200 | FRY2", "FR | 97300 | FRY3", "FR | 97400 | FRY4", "FR | 97600 | FRY5",
            // as people type them
            "FR | 63 000 | FRK1", "FR | ' 63000 ' | FRK1", "FR | F-63000 | FRK1", "FR | FR 63000 | FRK1",
            "FR | 1000 | FRK2", "FR | 63038 CEDEX 1 | FRK1", "FR | 63000 Clermont-Ferrand | FRK1",
            // Spain
            "ES | 45001 | ES42", "ES | 09001 | ES41", "ES | 08001 | ES51", "ES | 33201 | ES12", "ES | 31001 | ES22",
            "ES | 28013 | ES30", "ES | 01001 | ES21", "ES | 51001 | ES63", "ES | 52001 | ES64", "ES | 38001 | ES70",
            "ES | 8001 | ES51", "ES | 4500 | ES61", "ES | E-45001 | ES42", "ES | 45 001 | ES42", "ES | 45001 Toledo | ES42",
            // Portugal
            "PT | 6200-001 | PT16", "PT | 1000-001 | PT17", "PT | 4000-001 | PT11", "PT | 8000-001 | PT15",
            "PT | 7000-001 | PT18", "PT | 9000-001 | PT30", "PT | 9500-001 | PT20", "PT | 3000-001 | PT16",
            "PT | 2900-001 | PT17", "PT | 2000-001 | PT18", "PT | 2400-001 | PT16", "PT | 3700-001 | PT11",
            "PT | 6200 | PT16", "PT | 6200 001 | PT16", "PT | 6200001 | PT16", "PT | 6200 - 001 | PT16",
            "PT | 6200-001 Covilhã | PT16", "PT | P-6200-001 | PT16", "PT | PT 6200-001 | PT16"})
    void placesAPostcodeInItsRegion(Country country, String postcode, String region) {
        assertThat(REGIONS.nuts2(country, postcode)).as(country + " " + postcode).contains(region);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FR | 00000", "FR | 96000", "FR | 98000", "FR | 97500", "FR | 97133", "FR | 97150", "FR | 20900",
            "FR | 630000", "FR | 630", "FR | ABCDE", "FR | 63-000", "FR | ''", "FR | 6200-001",
            "ES | 00001", "ES | 53001", "ES | 99999", "ES | 450011", "ES | 450", "ES | Toledo",
            "PT | 0999-001", "PT | 620", "PT | 62000-001", "PT | 6200-01", "PT | Covilhã", "PT | ''"})
    void placesNoBadPostcode(Country country, String postcode) {
        assertThat(REGIONS.nuts2(country, postcode)).as(country + " " + postcode).isEmpty();
    }

    @Test
    void placesNoMissingPostcode() {
        assertThat(REGIONS.nuts2(Country.FR, null)).isEmpty();
    }

    @Test
    void knowsEveryMetropolitanDepartment() {
        for (int department = 1; department <= 95; department++) {
            if (department != 20) {
                String postcode = String.format("%02d100", department);
                assertThat(REGIONS.nuts2(Country.FR, postcode)).as(postcode).isPresent();
            }
        }
    }

    @Test
    void knowsEverySpanishProvince() {
        for (int province = 1; province <= 52; province++) {
            String postcode = String.format("%02d001", province);
            assertThat(REGIONS.nuts2(Country.ES, postcode)).as(postcode).isPresent();
        }
    }

    @Test
    void placesEveryPortugueseCp4() {
        for (int cp4 = 1000; cp4 <= 9999; cp4++) {
            assertThat(REGIONS.nuts2(Country.PT, cp4 + "-001")).as("CP4 " + cp4).isPresent();
        }
    }

    @Test
    void namesTheMessageOfAnUnplacedPostcode() {
        assertThat(PostcodeRegions.unplacedMessageKey(Country.PT)).isEqualTo("classification.postcode.unplaced.PT");
    }

    @Test
    void overlappingRangesAreReportedWithTheirLine() {
        String text = """
                france:
                  regions:
                    - region: FRM0
                      departments: [2A, 2B]
                  corsica: []
                  outside-nuts: []
                spain:
                  regions: []
                portugal:
                  ranges:
                    - {from: 1000, to: 1999, region: PT17}
                    - {from: 1900, to: 2199, region: PT18}
                """;
        assertThatThrownBy(() -> new PostcodeRegions(ReferenceFile.read(PostcodeRegions.FILE, new StringReader(text))))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.line()).isEqualTo(12);
                    assertThat(e.problem()).endsWith("overlaps the range 1000-1999 (line 11)");
                });
    }

    @Test
    void aRegionOfAnotherCountryIsReported() {
        String text = """
                france:
                  regions:
                    - region: ES42
                      departments: ["45"]
                  corsica: []
                  outside-nuts: []
                spain:
                  regions: []
                portugal:
                  ranges: []
                """;
        assertThatThrownBy(() -> new PostcodeRegions(ReferenceFile.read(PostcodeRegions.FILE, new StringReader(text))))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.problem()).endsWith("ES42 is not a region of FR");
                });
    }
}

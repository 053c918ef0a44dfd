package eu.cybersudoe.companies.classification;

import eu.cybersudoe.companies.classification.ActivityClassification.Refusal;
import eu.cybersudoe.companies.classification.ActivityClassification.Refused;
import eu.cybersudoe.network.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Activity codes of the three countries, well written or typed by people, and why some are refused. */
class ActivitiesTest {

    static final Activities ACTIVITIES = new Activities();

    static Activity classified(Country country, String code) {
        return ACTIVITIES.classify(country, code).orElseThrow(() -> new AssertionError(country + " " + code + " was refused"));
    }

    static Refused refused(Country country, String code) {
        ActivityClassification result = ACTIVITIES.examine(country, code);
        assertThat(result).as(country + " " + code).isInstanceOf(Refused.class);
        return (Refused) result;
    }

    @Test
    void classifiesAFrenchCode() {
        assertThat(classified(Country.FR, "62.01Z")).isEqualTo(new Activity(Country.FR, CodeSystem.NAF_REV2, "62.01Z",
                "62.01", "62", "J", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"62.01Z", "6201Z", "62.01 Z", "62.01z", " 6201z ", "62 01 Z", "62,01Z", "62-01Z", "62.01\u00a0Z"})
    void readsFrenchCodesAsPeopleTypeThem(String typed) {
        Activity activity = classified(Country.FR, typed);
        assertThat(activity.nationalCode()).isEqualTo("62.01Z");
        assertThat(activity.naceClass()).isEqualTo("62.01");
    }

    @Test
    void keepsTheLetterOfAFrenchSubclass() {
        assertThat(classified(Country.FR, "10.71c").nationalCode()).isEqualTo("10.71C");
        assertThat(classified(Country.FR, "10.71c").naceClass()).isEqualTo("10.71");
        assertThat(classified(Country.FR, "0111Z").nationalCode()).isEqualTo("01.11Z");
        assertThat(classified(Country.FR, "1.11Z").nationalCode()).isEqualTo("01.11Z");
    }

    @Test
    void classifiesSpanishCodes() {
        assertThat(classified(Country.ES, "6201")).isEqualTo(new Activity(Country.ES, CodeSystem.CNAE_2009, "6201",
                "62.01", "62", "J", Optional.empty()));
        for (String typed : List.of(" 6201 ", "62.01", "62 01", "6201\t")) {
            assertThat(classified(Country.ES, typed).nationalCode()).as(typed).isEqualTo("6201");
        }
        assertThat(classified(Country.ES, "111").nationalCode()).isEqualTo("0111");
        assertThat(classified(Country.ES, "111").naceClass()).isEqualTo("01.11");
    }

    @Test
    void mapsSpanishNationalClassesToTheNaceClassTheyDivide() {
        Activity cheese = classified(Country.ES, "1053");
        assertThat(cheese.nationalCode()).isEqualTo("1053");
        assertThat(cheese.naceClass()).isEqualTo("10.51");
        assertThat(cheese.sectorTheme()).contains("agri-food");
        assertThat(classified(Country.ES, "3518").naceClass()).isEqualTo("35.11");
        assertThat(classified(Country.ES, "9106").naceClass()).isEqualTo("91.01");
        assertThat(classified(Country.ES, "1022").naceClass()).isEqualTo("10.20");
    }

    @Test
    void refusesANaceClassThatSpainDivides() {
        Refused refused = refused(Country.ES, "1020");
        assertThat(refused.reason()).isEqualTo(Refusal.SUBDIVIDED);
        assertThat(refused.alternatives()).containsExactly("1021", "1022");
        assertThat(refused.messageKey()).isEqualTo("classification.activity.subdivided");
        assertThat(refused.messageArguments()).containsExactly("1020", "CNAE-2009", "1021, 1022");
        assertThat(refused(Country.ES, "35.11").alternatives()).containsExactly("3515", "3516", "3517", "3518", "3519");
        assertThat(ACTIVITIES.classify(Country.FR, "35.11Z")).isPresent();
        assertThat(ACTIVITIES.classify(Country.PT, "35113")).isPresent();
    }

    @Test
    void classifiesPortugueseCodes() {
        assertThat(classified(Country.PT, "62010")).isEqualTo(new Activity(Country.PT, CodeSystem.CAE_REV3, "62010",
                "62.01", "62", "J", Optional.empty()));
        assertThat(classified(Country.PT, " 62010 ").nationalCode()).isEqualTo("62010");
        assertThat(classified(Country.PT, "62.010").nationalCode()).isEqualTo("62010");
        assertThat(classified(Country.PT, "56101").naceClass()).isEqualTo("56.10");
        assertThat(classified(Country.PT, "01111").naceClass()).isEqualTo("01.11");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FR | 62.01",   // the letter is missing
            "FR | 62010",
            "FR | 62.01ZZ",
            "FR | abc",
            "FR | 6201-Z-1",
            "FR | 111Z",    // NAF rev. 1 (oil and gas extraction), not 01.11Z
            "FR | 72.2Z",   // NAF rev. 1
            "ES | 6201Z",
            "ES | 62010",
            "ES | 62.1",    // 62.10 shortened by a spreadsheet: could be anything
            "ES | 62",
            "PT | 6201",    // could be 62.01 without its fifth digit, or 06201 without its zero
            "PT | 620100",
            "PT | 62.01"})
    void refusesWhatIsNotWrittenLikeACode(Country country, String typed) {
        Refused refused = refused(country, typed);
        assertThat(refused.reason()).isEqualTo(Refusal.BAD_FORMAT);
        assertThat(refused.messageKey()).isEqualTo("classification.activity.badFormat." + CodeSystem.of(country).name());
        assertThat(refused.messageArguments()[0]).isEqualTo(typed);
        assertThat(refused.messageArguments()[2]).isEqualTo(CodeSystem.of(country).example());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"FR | 62.05Z", "FR | 62.01G", "ES | 0400", "ES | 9999", "PT | 04100", "PT | 62050"})
    void refusesCodesThatDoNotExist(Country country, String typed) {
        Refused refused = refused(country, typed);
        assertThat(refused.reason()).isEqualTo(Refusal.UNKNOWN_CODE);
        assertThat(refused.messageKey()).isEqualTo("classification.activity.unknown");
    }

    @Test
    void refusesAnEmptyCode() {
        for (String typed : new String[] {null, "", "   "}) {
            Refused refused = refused(Country.PT, typed);
            assertThat(refused.reason()).isEqualTo(Refusal.EMPTY);
            assertThat(refused.code()).isEmpty();
            assertThat(refused.messageKey()).isEqualTo("classification.activity.empty");
        }
    }

    @Test
    void givesTheSectorTheme() {
        assertThat(classified(Country.FR, "41.20A").sectorTheme()).contains("building");
        assertThat(classified(Country.ES, "5510").sectorTheme()).contains("tourism");
        assertThat(classified(Country.PT, "47111").sectorTheme()).contains("commerce");
        assertThat(classified(Country.FR, "10.71C").sectorTheme()).contains("agri-food");
        assertThat(classified(Country.ES, "2562").sectorTheme()).contains("industry");
        assertThat(classified(Country.PT, "62010").sectorTheme()).isEmpty();
    }
}

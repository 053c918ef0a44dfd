package eu.cybersudoe.companies.identifiers;

import eu.cybersudoe.companies.identifiers.IdentifierCheck.Reason;
import eu.cybersudoe.companies.identifiers.IdentifierCheck.Refused;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-picked identifiers, most of them published ones, and the reason of each refusal. */
class IdentifiersTest {

    @ParameterizedTest(name = "{0} {1} is the {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # Michelin (Clermont-Ferrand), Renault, La Poste and its head office
            FR | 855200887        | SIREN | 855200887      | 855 200 887
            FR | 441 639 465      | SIREN | 441639465      | 441 639 465
            FR | 356000000        | SIREN | 356000000      | 356 000 000
            FR | 35600000000048   | SIRET | 35600000000048 | 356 000 000 00048
            FR | 09855200887      | VAT   | FR09855200887  | FR09855200887
            FR | FR 63 441 639 465 | VAT  | FR63441639465  | FR63441639465
            # Telefónica, Inditex, BBVA, the tax agency (AEAT), the city of Madrid; a DNI specimen; NIEs
            ES | A28015865        | CIF   | A28015865      | A28015865
            ES | A15075062        | CIF   | A15075062      | A15075062
            ES | A48265169        | CIF   | A48265169      | A48265169
            ES | Q2826000H        | CIF   | Q2826000H      | Q2826000H
            ES | P2807900B        | CIF   | P2807900B      | P2807900B
            ES | 99999999R        | NIF   | 99999999R      | 99999999R
            ES | 12345678Z        | NIF   | 12345678Z      | 12345678Z
            ES | K1234567L        | NIF   | K1234567L      | K1234567L
            ES | X1234567L        | NIE   | X1234567L      | X1234567L
            ES | Y1234567X        | NIE   | Y1234567X      | Y1234567X
            # EDP, Caixa Geral de Depósitos, Galp
            PT | 500697256        | NIPC  | 500697256      | 500697256
            PT | 500960046        | NIPC  | 500960046      | 500960046
            PT | 504499777        | NIPC  | 504499777      | 504499777
            """)
    void acceptsPublishedIdentifiers(Country country, String raw, IdentifierKind kind, String value, String display) {
        NationalIdentifier identifier = Identifiers.check(country, raw).accepted().orElseThrow();
        assertThat(identifier).isEqualTo(new NationalIdentifier(kind, value, country));
        assertThat(identifier.display()).isEqualTo(display);
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            FR | ' fr 855.200.887 '     | 855200887
            FR | FR-855-200-887         | 855200887
            FR | 855/200/887            | 855200887
            FR | 855–200–887            | 855200887
            FR | 'FR\t356 000 000 00048'  | 35600000000048
            ES | es a-28015865          | A28015865
            ES | ES-A28.015.865         | A28015865
            ES | 12.345.678-z           | 12345678Z
            ES | x-1234567-l            | X1234567L
            PT | PT 500 697 256         | 500697256
            PT | pt500.697.256          | 500697256
            """)
    void normalisesWhatPeopleType(Country country, String raw, String value) {
        assertThat(Identifiers.check(country, raw).accepted())
                .map(NationalIdentifier::value).contains(value);
    }

    @Test
    void removesNonBreakingAndThinSpacesAndTypographicDashes() {
        assertThat(Identifiers.check(Country.FR, "855\u00a0200\u202f887").accepted())
                .map(NationalIdentifier::value).contains("855200887");
        assertThat(Identifiers.check(Country.ES, "A\u201128015865").accepted())
                .map(NationalIdentifier::value).contains("A28015865");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FR09855200887      | FR09855200887  | FR
            fr 09 855 200 887  | FR09855200887  | FR
            FRK7399859412      | FRK7399859412  | FR
            FR4Z123456782      | FR4Z123456782  | FR
            ESA28015865        | ESA28015865    | ES
            es 12345678-z      | ES12345678Z    | ES
            PT 500 697 256     | PT500697256    | PT
            """)
    void acceptsVatNumbersOfTheNetworkCountries(String raw, String value, Country country) {
        assertThat(Identifiers.check(raw).accepted()).contains(new NationalIdentifier(IdentifierKind.VAT, value, country));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ATU57194903      | ATU57194903
            NL004495445B01   | NL004495445B01
            BE697449992      | BE0697449992
            BE 0697.449.992  | BE0697449992
            EL094259216      | EL094259216
            GR094259216      | EL094259216
            DE136695976      | DE136695976
            IE6433435F       | IE6433435F
            CY10259033P      | CY10259033P
            """)
    void acceptsOtherMemberStatesVatNumbersByTheirFormat(String raw, String value) {
        NationalIdentifier identifier = Identifiers.check(raw).accepted().orElseThrow();
        assertThat(identifier.kind()).isEqualTo(IdentifierKind.VAT);
        assertThat(identifier.value()).isEqualTo(value);
        assertThat(identifier.country()).isNull();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", " - . / ", "\u00a0"})
    void refusesEmptyInput(String raw) {
        for (Country country : Country.values()) {
            assertThat(refusal(Identifiers.check(country, raw)).reason()).isEqualTo(Reason.EMPTY);
        }
        assertThat(refusal(Identifiers.check(raw)).reason()).isEqualTo(Reason.EMPTY);
    }

    @ParameterizedTest(name = "{0} \"{1}\" is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FR | 85520088            | FORMAT
            FR | 8552008870          | FORMAT
            FR | 855200887000        | FORMAT
            FR | ABCDEFGHI           | FORMAT
            FR | FRIO855200887       | FORMAT
            FR | ٨٥٥٢٠٠٨٨٧           | FORMAT
            FR | 855200888           | CHECKSUM
            FR | 35600000000049      | CHECKSUM
            FR | 35600000000014      | CHECKSUM
            FR | FR10855200887       | CHECKSUM
            FR | ESA28015865         | COUNTRY_MISMATCH
            FR | PT 500 697 256      | COUNTRY_MISMATCH
            ES | 1234567L            | FORMAT
            ES | I1234567L           | FORMAT
            ES | 12345678            | FORMAT
            ES | 12345678A           | CHECKSUM
            ES | X1234567A           | CHECKSUM
            ES | A28015866           | CHECKSUM
            ES | FR09855200887       | COUNTRY_MISMATCH
            ES | 855200887           | FORMAT
            PT | 50069725            | FORMAT
            PT | 500697257           | CHECKSUM
            PT | ESA28015865         | COUNTRY_MISMATCH
            PT | A28015865           | FORMAT
            """)
    void refusesWithAReason(Country country, String raw, Reason reason) {
        Refused refused = refusal(Identifiers.check(country, raw));
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.messageKey()).isEqualTo(reason.code());
        assertThat(refused.arguments().getFirst()).isEqualTo(raw.strip());
    }

    @Test
    void aCountryMismatchNamesTheOtherCountry() {
        Refused refused = refusal(Identifiers.check(Country.FR, "es A28015865"));
        assertThat(refused.messageKey()).isEqualTo("identifier.countryMismatch");
        assertThat(refused.arguments()).containsExactly("es A28015865", "ES");
    }

    @Test
    void laPosteEstablishmentsUseTheDigitSumRule() {
        // 3+5+6+4+9+8+3+7 = 45: a multiple of 5, though not a Luhn number
        assertThat(Identifiers.check(Country.FR, "356 000 000 49837").accepted())
                .map(NationalIdentifier::kind).contains(IdentifierKind.SIRET);
        // a Luhn number whose digits add up to 14
        assertThat(refusal(Identifiers.check(Country.FR, "35600000000014")).reason()).isEqualTo(Reason.CHECKSUM);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A2801586E | false | an anonymous company takes a digit
            B0012345E | true  | non-resident (province 00): a letter
            B00123455 | false | non-resident (province 00): not a digit
            Q28260008 | false | a public body takes a letter
            N0012345E | true  | a foreign entity takes a letter
            N00123455 | false | a foreign entity takes a letter, not a digit
            G28029643 | true  | an association may take a digit
            G2802964C | true  | or a letter
            J12345674 | true  | so may a civil company
            J1234567D | true  | with either form
            """)
    void theEntityLetterTellsWhetherTheControlIsALetterOrADigit(String cif, boolean valid, String why) {
        assertThat(Identifiers.check(Country.ES, cif).isValid()).as(why).isEqualTo(valid);
        assertThat(Identifiers.check("ES" + cif).isValid()).as(why).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            400000008 | false
            730000001 | false
            450000001 | true
            800000005 | true
            """)
    void portugueseNumbersStartWithTheDigitsThatAreIssued(String number, boolean valid) {
        assertThat(Identifiers.check(Country.PT, number).isValid()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            855200887           | VAT_PREFIX
            A28015865           | VAT_PREFIX
            US123456789         | VAT_PREFIX
            FR                  | FORMAT
            FR855200887         | FORMAT
            ES A2801586         | FORMAT
            DE12345678          | FORMAT
            PT500697257         | CHECKSUM
            ESA2801586E         | CHECKSUM
            """)
    void refusesVatNumbers(String raw, Reason reason) {
        assertThat(refusal(Identifiers.check(raw)).reason()).isEqualTo(reason);
    }

    @Test
    void theSirenOfASiretIsItsCompany() {
        NationalIdentifier siret = Identifiers.check(Country.FR, "356 000 000 00048").accepted().orElseThrow();
        NationalIdentifier siren = Identifiers.siren(siret);
        assertThat(siren).isEqualTo(new NationalIdentifier(IdentifierKind.SIREN, "356000000", Country.FR));
        assertThat(Identifiers.siren(siren)).isSameAs(siren);
        NationalIdentifier cif = Identifiers.check(Country.ES, "A28015865").accepted().orElseThrow();
        assertThatThrownBy(() -> Identifiers.siren(cif)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdentifierIsNormalisedAndOfItsCountry() {
        assertThatThrownBy(() -> new NationalIdentifier(IdentifierKind.SIREN, "855 200 887", Country.FR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NationalIdentifier(IdentifierKind.CIF, "A28015865", Country.PT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NationalIdentifier(IdentifierKind.VAT, "FR09855200887", Country.ES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NationalIdentifier(IdentifierKind.VAT, "DE136695976", Country.FR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyReasonAndKindHasItsMessage(Language language) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/identifiers");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Locale locale = Locale.forLanguageTag(language.code());
        for (Reason reason : Reason.values()) {
            String message = messages.getMessage(reason.code(), new Object[] {"X-1", "ES"}, locale);
            assertThat(message).as(reason.code()).isNotBlank().doesNotContain("''").doesNotContain("{");
        }
        for (IdentifierKind kind : IdentifierKind.values()) {
            assertThat(messages.getMessage(kind.messageKey(), null, locale)).isNotBlank();
        }
    }

    @Test
    void apostrophesSurviveMessageFormat() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/identifiers");
        messages.setDefaultEncoding("UTF-8");
        Refused refused = refusal(Identifiers.check(Country.FR, "12345"));
        assertThat(messages.getMessage(refused.messageKey(), refused.messageArguments(), Locale.FRENCH))
                .isEqualTo("12345 n'a pas la forme d'un identifiant d'entreprise de ce pays.");
        refused = refusal(Identifiers.check(Country.FR, "ES A28015865"));
        assertThat(messages.getMessage(refused.messageKey(), refused.messageArguments(), Locale.ENGLISH))
                .isEqualTo("ES A28015865 is an identifier from another country (ES).");
        assertThat(refused.arguments()).isEqualTo(List.of("ES A28015865", "ES"));
    }

    private static Refused refusal(IdentifierCheck check) {
        assertThat(check).isInstanceOf(Refused.class);
        return (Refused) check;
    }
}

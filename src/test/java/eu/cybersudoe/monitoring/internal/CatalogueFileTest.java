package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.PartnerTargetRule;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.reference.ReferenceDataException;
import eu.cybersudoe.shared.reference.ReferenceFile;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue file: the shipped one reads as expected, and every mistake names the file and the line. */
class CatalogueFileTest {

    static final String FILE = "reference/monitoring/indicators.yml";

    static List<CatalogueFile.Entry> shipped() {
        return CatalogueFile.read(ReferenceFile.read(FILE, new ClassPathResource(FILE)));
    }

    static List<CatalogueFile.Entry> read(String yaml) {
        return CatalogueFile.read(ReferenceFile.read("test/indicators.yml", new StringReader(yaml)));
    }

    static Map<String, Indicator> byCode(List<CatalogueFile.Entry> entries) {
        return entries.stream().map(CatalogueFile.Entry::indicator)
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    @Test
    void shippedCatalogueHoldsTheProposalTargets() {
        Map<String, Indicator> indicators = byCode(shipped());

        assertThat(indicators).hasSize(47);
        assertThat(indicators.get("awareness-actions-evaluated").globalTarget()).isEqualTo(new BigDecimal("90"));
        assertThat(indicators.get("awareness-actions-evaluated").partnerRule())
                .isEqualTo(new PartnerTargetRule.SameForAll(BigDecimal.TEN));
        assertThat(indicators.get("conferences-held").globalTarget()).isEqualTo(new BigDecimal("180"));
        assertThat(indicators.get("conference-attendances").globalTarget()).isEqualTo(new BigDecimal("2700"));
        assertThat(indicators.get("companies-made-aware").globalTarget()).isEqualTo(new BigDecimal("90000"));
        assertThat(indicators.get("newsletter-sends").globalTarget()).isEqualTo(new BigDecimal("1800000"));
        assertThat(indicators.get("assistance-missions").partnerRule()).isEqualTo(new PartnerTargetRule.ByCountry(Map.of(
                Country.FR, new BigDecimal("100"), Country.ES, new BigDecimal("75"), Country.PT, new BigDecimal("75"))));
        assertThat(indicators.get("consultant-days").globalTarget()).isEqualTo(new BigDecimal("750"));
        assertThat(indicators.get("project-managers-trained").partnerRule())
                .isEqualTo(new PartnerTargetRule.SameForAll(new BigDecimal("2")));
        assertThat(indicators.get("companies-indirectly-aware").globalTarget()).isEqualTo(new BigDecimal("300"));
        assertThat(indicators.get("companies-indirectly-aware").definition().in(Language.EN).text()).contains("300");
        assertThat(indicators.get("budget-consumed").globalTarget()).isEqualTo(new BigDecimal("1641382"));
        assertThat(indicators.get("budget-consumed").declaredTarget()).isEqualTo(new BigDecimal("1641383"));
        assertThat(indicators.get("platform-connections").tracked()).isTrue();
        assertThat(indicators.get("companies-attended").distinctCount()).isTrue();
        assertThat(indicators.get("conference-attendances").distinctCount()).isFalse();
        for (String code : List.of("methodological-guides", "awareness-videos", "diagnostic-tools", "golden-rules", "charter-adoptions")) {
            assertThat(indicators.get(code).globalTarget()).as(code).isEqualTo(new BigDecimal("9"));
        }
        for (String code : List.of("steering-committee-meetings", "technical-committee-meetings")) {
            assertThat(indicators.get(code).globalTarget()).as(code).isEqualTo(new BigDecimal("6"));
        }
    }

    @Test
    void everyKindOfIndicatorButNoneWithoutWords() {
        List<Indicator> indicators = shipped().stream().map(CatalogueFile.Entry::indicator).toList();

        assertThat(indicators).extracting(Indicator::kind).contains(Indicator.Kind.values());
        for (Indicator indicator : indicators) {
            for (Language language : Language.values()) {
                assertThat(indicator.name().has(language)).as(indicator.code() + " name in " + language).isTrue();
                assertThat(indicator.definition().has(language)).as(indicator.code() + " definition in " + language).isTrue();
            }
        }
    }

    @Test
    void entriesKnowTheirLine() {
        List<CatalogueFile.Entry> entries = shipped();
        assertThat(entries.getFirst().line()).isPositive();
        assertThat(entries.get(1).line()).isGreaterThan(entries.getFirst().line());
    }

    @Test
    void brokenYamlNamesFileAndLine() {
        assertProblem("""
                indicators:
                  - code: a
                    kind: output
                     unit: count
                """, 4, "not valid YAML");
    }

    @Test
    void unknownKindNamesFileAndLine() {
        assertProblem(indicator("kind: outptu", "target: 10"), 4, "indicators[1].kind: unknown kind 'outptu'");
    }

    @Test
    void unknownKeyNamesFileAndLine() {
        assertProblem(indicator("kind: output", "taget: 10"), 7, "indicators[1].taget: unknown field");
    }

    @Test
    void repeatedKeyNamesFileAndLine() {
        assertProblem(indicator("kind: output", "target: 10\n    kind: result"), 8,
                "indicators[1].kind: field given twice (first on line 4)");
    }

    @Test
    void missingLanguageNamesFileAndLine() {
        String text = indicator("kind: output", "target: 10").replace("      pt: Nome\n", "");
        assertProblem(text, 9, "indicators[1].name: missing the text in 'pt'");
        String german = indicator("kind: output", "target: 10").replace("      pt: Nome\n", "      de: Name\n");
        assertProblem(german, 11, "indicators[1].name.de: unknown language");
    }

    @Test
    void badNumbersNameFileAndLine() {
        assertProblem(indicator("kind: output", "target: many"), 7, "indicators[1].target: must be a number such as 1234 or 1234.50, not 'many'");
        assertProblem(indicator("kind: output", "target: -3"), 7, "a target cannot be negative");
        assertProblem(indicator("kind: output", "target: 10\n    declared-target: 1.23456"), 8, "at most 15 digits before the decimal point and 4 after it");
        assertProblem(indicator("kind: output", "target: 10\n    per-partner:\n      by-country:\n        DE: 4"), 10, "unknown country 'DE'");
    }

    @Test
    void targetsReadAsNumbersOrTracked() {
        Indicator tracked = read(indicator("kind: output", "target: tracked\n    declared-target: 1_641_383")).getFirst().indicator();
        assertThat(tracked.tracked()).isTrue();
        assertThat(tracked.globalTarget()).isNull();
        assertThat(tracked.declaredTarget()).isEqualTo(new BigDecimal("1641383"));
        Indicator counted = read(indicator("kind: output", "target: 15.5")).getFirst().indicator();
        assertThat(counted.tracked()).isFalse();
        assertThat(counted.globalTarget()).isEqualTo(new BigDecimal("15.5"));
        assertThat(counted.partnerRule()).isEqualTo(PartnerTargetRule.none());
        assertThat(counted.distinctCount()).isFalse();
    }

    @Test
    void partnerTargetsFollowOneRule() {
        assertThat(read(indicator("kind: output", "target: 10\n    per-partner:\n      all: 2")).getFirst().indicator().partnerRule())
                .isEqualTo(new PartnerTargetRule.SameForAll(new BigDecimal("2")));
        assertThat(read(indicator("kind: output", "target: 10\n    per-partner:\n      by-country: {FR: 4, PT: 3}"))
                .getFirst().indicator().partnerRule())
                .isEqualTo(new PartnerTargetRule.ByCountry(Map.of(Country.FR, new BigDecimal("4"), Country.PT, new BigDecimal("3"))));
        assertThat(read(indicator("kind: output", "target: 10\n    per-partner:\n      by-partner:\n        cybermassif: 5"))
                .getFirst().indicator().partnerRule())
                .isEqualTo(new PartnerTargetRule.ByPartner(Map.of(new PartnerId("cybermassif"), new BigDecimal("5"))));
        assertProblem(indicator("kind: output", "target: 10\n    per-partner:\n      all: 2\n      by-country: {FR: 4}"), 9,
                "indicators[1].per-partner: give exactly one of all, by-country, by-partner");
        assertProblem(indicator("kind: output", "target: 10\n    per-partner:\n      each: 2"), 9,
                "indicators[1].per-partner.each: unknown field (expected one of all, by-country, by-partner)");
        assertProblem(indicator("kind: output", "target: 10\n    per-partner:\n      by-partner:\n        Cyber_Massif: 5"), 10,
                "'Cyber_Massif' is not a partner id");
        assertProblem(indicator("kind: output", "target: 10\n    per-partner:\n      by-country: {FR: 4, FR: 5}"), 9,
                "indicators[1].per-partner.by-country.FR: field given twice");
    }

    @Test
    void frenchIsTheSourceWhateverTheOrderOfTheLanguages() {
        String spanishFirst = indicator("kind: output", "target: 10").replace("      fr: Nom\n      es: Nombre\n",
                "      es: Nombre\n      fr: Nom\n");
        Indicator indicator = read(spanishFirst).getFirst().indicator();
        assertThat(indicator.name().source()).isEqualTo(CatalogueFile.SOURCE_LANGUAGE).isEqualTo(Language.FR);
        assertThat(indicator.name().in(Language.ES).text()).isEqualTo("Nombre");
        assertThat(shipped()).allSatisfy(entry -> {
            assertThat(entry.indicator().name().source()).isEqualTo(Language.FR);
            assertThat(entry.indicator().definition().source()).isEqualTo(Language.FR);
        });
    }

    @Test
    void repeatedCodeNamesFileAndLine() {
        String one = indicator("kind: output", "target: 10");
        String twice = one + one.substring("indicators:\n".length());
        assertProblem(twice, 18, "indicators[2].code: indicator 'one' is given twice (first on line 2)");
    }

    @Test
    void anEmptyListIsRefused() {
        assertProblem("indicators: []\n", 1, "indicators: the catalogue lists no indicator");
    }

    /** A problem with the whole file has no line: the reference-data convention is line 0. */
    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> read("# nothing\n"))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("test/indicators.yml");
                    assertThat(e.line()).isZero();
                    assertThat(e.getMessage()).isEqualTo("test/indicators.yml: the file is empty");
                });
    }

    private static void assertProblem(String yaml, int line, String problem) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("test/indicators.yml");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("test/indicators.yml, line " + line + ": ").contains(problem);
                });
    }

    /** One indicator in 17 lines: {@code kind} on line 4, {@code target} on line 7, the name's texts from line 9. */
    private static String indicator(String kind, String target) {
        return """
                indicators:
                  - code: one
                    unit: count
                    %s
                    work-package: GT1
                    distinct-count: false
                    %s
                    name:
                      fr: Nom
                      es: Nombre
                      pt: Nome
                      en: Name
                    definition:
                      fr: Définition
                      es: Definición
                      pt: Definição
                      en: Definition
                """.formatted(kind, target);
    }
}

package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.PartnerTargetRule;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue file: the shipped one reads as expected, and every mistake names the file and the line. */
class CatalogueFileTest {

    static final String FILE = "reference/monitoring/indicators.yml";

    static List<CatalogueFile.Entry> shipped() throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            return CatalogueFile.read(reader, FILE);
        }
    }

    static Map<String, Indicator> byCode(List<CatalogueFile.Entry> entries) {
        return entries.stream().map(CatalogueFile.Entry::indicator)
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    @Test
    void shippedCatalogueHoldsTheProposalTargets() throws IOException {
        Map<String, Indicator> indicators = byCode(shipped());

        assertThat(indicators).hasSize(27);
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
    void everyKindOfIndicatorButNoneWithoutWords() throws IOException {
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
    void entriesKnowTheirLine() throws IOException {
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
        assertProblem(indicator("kind: outptu", "target: 10"), 4, "unknown kind");
    }

    @Test
    void unknownKeyNamesFileAndLine() {
        assertProblem(indicator("kind: output", "taget: 10"), 7, "unknown key 'taget'");
    }

    @Test
    void missingLanguageNamesFileAndLine() {
        String text = indicator("kind: output", "target: 10").replace("      pt: Nome\n", "");
        assertProblem(text, 9, "missing the pt text");
    }

    @Test
    void badNumbersNameFileAndLine() {
        assertProblem(indicator("kind: output", "target: many"), 7, "'many' is not a number");
        assertProblem(indicator("kind: output", "target: -3"), 7, "cannot be negative");
        assertProblem(indicator("kind: output", "target: 10\n    per-partner:\n      by-country:\n        DE: 4"), 10, "unknown country 'DE'");
    }

    @Test
    void repeatedCodeNamesFileAndLine() {
        String one = indicator("kind: output", "target: 10");
        String twice = one + one.substring("indicators:\n".length());
        assertProblem(twice, 18, "indicator 'one' appears twice");
    }

    @Test
    void emptyFileIsRefused() {
        assertProblem("# nothing\n", 1, "the file is empty");
    }

    private static void assertProblem(String yaml, int line, String problem) {
        assertThatThrownBy(() -> CatalogueFile.read(new StringReader(yaml), "test/indicators.yml"))
                .isInstanceOf(CatalogueFileException.class)
                .hasMessageStartingWith("test/indicators.yml, line " + line + ": ")
                .hasMessageContaining(problem)
                .extracting(e -> ((CatalogueFileException) e).line()).isEqualTo(line);
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

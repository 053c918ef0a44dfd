package eu.cybersudoe.shared.reference;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceFileTest {

    static ReferenceNode root(String yaml) {
        return ReferenceFile.read("test/things.yml", new StringReader(yaml)).root();
    }

    static ReferenceDataException problem(Runnable reading) {
        try {
            reading.run();
        } catch (ReferenceDataException e) {
            return e;
        }
        throw new AssertionError("no ReferenceDataException");
    }

    @Test
    void readsTypedFieldsWithTheirLines() {
        ReferenceNode root = root("""
                things:
                  - code: alpha
                    count: 1_200
                    amount: 17469.50
                    day: 2008-07-01
                    active: false
                    tags: [a, b]
                    website: ~
                    name:
                      fr: Alpha fr
                      es: Alpha es
                      pt: Alpha pt
                      en: Alpha en
                """);
        ReferenceNode thing = root.list("things").getFirst();
        assertThat(thing.line()).isEqualTo(2);
        assertThat(thing.path()).isEqualTo("things[1]");
        assertThat(thing.text("code")).isEqualTo("alpha");
        assertThat(thing.integer("count")).isEqualTo(1200);
        assertThat(thing.decimal("amount")).isEqualByComparingTo(new BigDecimal("17469.50"));
        assertThat(thing.date("day")).isEqualTo(LocalDate.of(2008, 7, 1));
        assertThat(thing.flag("active", true)).isFalse();
        assertThat(thing.flag("retired", false)).isFalse();
        assertThat(thing.texts("tags")).containsExactly("a", "b");
        assertThat(thing.optionalText("website")).isEmpty();
        assertThat(thing.has("website")).isFalse();
        LocalizedText name = thing.localized("name");
        assertThat(name.in(Language.PT).text()).isEqualTo("Alpha pt");
        assertThat(name.source()).isEqualTo(Language.FR);
        assertThat(thing.get("name").line()).isEqualTo(10);
    }

    @Test
    void aBrokenFileNamesTheFileAndTheLine() {
        ReferenceDataException e = problem(() -> root("""
                things:
                  - code: alpha
                    name: [unclosed
                  - code: beta
                """));
        assertThat(e.file()).isEqualTo("test/things.yml");
        assertThat(e.line()).isBetween(3, 5);
        assertThat(e.getMessage()).startsWith("test/things.yml, line " + e.line() + ": not valid YAML");
    }

    @Test
    void badIndentationIsReportedOnItsLine() {
        ReferenceDataException e = problem(() -> root("""
                things:
                  - code: alpha
                     count: 2
                """));
        assertThat(e.getMessage()).startsWith("test/things.yml, line 3:");
    }

    @Test
    void aMissingFieldIsReportedOnItsEntry() {
        ReferenceNode thing = root("""
                things:
                  - code: alpha
                  - count: 3
                """).list("things").get(1);
        ReferenceDataException e = problem(() -> thing.text("code"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("test/things.yml, line 3: things[2]: missing required field 'code'");
    }

    @Test
    void wrongTypesAreReportedOnTheValue() {
        ReferenceNode thing = root("""
                thing:
                  count: many
                  day: 1st July
                  active: yes please
                  kind: weekly
                  tags: single
                  code: [a, b]
                """).get("thing");
        assertThat(problem(() -> thing.integer("count")).getMessage())
                .isEqualTo("test/things.yml, line 2: thing.count: must be a whole number, not 'many'");
        assertThat(problem(() -> thing.date("day")).line()).isEqualTo(3);
        assertThat(problem(() -> thing.flag("active", false)).getMessage()).contains("must be true or false");
        assertThat(problem(() -> thing.choice("kind", Kind.class)).getMessage())
                .isEqualTo("test/things.yml, line 5: thing.kind: 'weekly' is not one of general, sectoral, launch-seminar");
        assertThat(problem(() -> thing.list("tags")).getMessage()).contains("line 6", "must be a list");
        assertThat(problem(() -> thing.text("code")).getMessage()).contains("line 7", "must be a text, not a list");
    }

    enum Kind { GENERAL, SECTORAL, LAUNCH_SEMINAR }

    @Test
    void choicesAcceptLowerCaseWithHyphens() {
        assertThat(root("kind: launch-seminar").choice("kind", Kind.class)).isEqualTo(Kind.LAUNCH_SEMINAR);
    }

    @Test
    void aLocalizedTextNeedsEveryLanguage() {
        ReferenceNode root = root("""
                name:
                  fr: Bonjour
                  es: Hola
                  en: Hello
                """);
        assertThat(problem(() -> root.localized("name")).getMessage())
                .isEqualTo("test/things.yml, line 2: name: missing the text in 'pt'");
        ReferenceNode unknown = root("""
                name:
                  fr: Bonjour
                  de: Hallo
                """);
        assertThat(problem(() -> unknown.localized("name")).getMessage())
                .isEqualTo("test/things.yml, line 3: name.de: unknown language (expected fr, es, pt, en)");
    }

    @Test
    void aLocalizedTextCanHaveAFixedSourceLanguage() {
        ReferenceNode root = root("""
                name:
                  en: Hello
                  fr: Bonjour
                  es: Hola
                  pt: Olá
                """);
        assertThat(root.localized("name").source()).isEqualTo(Language.EN);
        LocalizedText fixed = root.localized("name", Language.FR);
        assertThat(fixed.source()).isEqualTo(Language.FR);
        assertThat(fixed.in(Language.ES).text()).isEqualTo("Hola");
        ReferenceNode missing = root("""
                name:
                  fr: Bonjour
                  es: Hola
                  en: Hello
                """);
        assertThat(problem(() -> missing.localized("name", Language.FR)).getMessage())
                .isEqualTo("test/things.yml, line 2: name: missing the text in 'pt'");
    }

    @Test
    void unknownAndDuplicateFieldsAreRefused() {
        ReferenceNode thing = root("""
                thing:
                  code: a
                  websit: https://example.org
                """).get("thing");
        assertThat(problem(() -> thing.allowOnly("code", "website")).getMessage())
                .isEqualTo("test/things.yml, line 3: thing.websit: unknown field (expected one of code, website)");
        ReferenceNode twice = root("""
                thing:
                  code: a
                  code: b
                """).get("thing");
        assertThat(problem(() -> twice.text("code")).getMessage())
                .isEqualTo("test/things.yml, line 3: thing.code: field given twice (first on line 2)");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(problem(() -> root("# nothing here\n")).getMessage()).isEqualTo("test/things.yml: the file is empty");
    }

    @Test
    void aMissingResourceIsRefused() {
        assertThat(problem(() -> ReferenceFile.read("reference/none.yml",
                new org.springframework.core.io.ClassPathResource("reference/none.yml"))).getMessage())
                .isEqualTo("reference/none.yml: the file does not exist");
    }

    @Test
    void startUpFailuresSayWhatToCorrect() {
        ReferenceDataException cause = new ReferenceDataException("reference/network/themes.yml", 12, "themes[2].kind: 'weekly' is not one of general, sectoral");
        var analysis = new ReferenceDataFailureAnalyzer().analyze(new IllegalStateException("context failed", cause));
        assertThat(analysis.getDescription()).contains("reference/network/themes.yml, line 12: themes[2].kind");
        assertThat(analysis.getAction()).isEqualTo("Correct line 12 of reference/network/themes.yml, then start the application again.");
    }
}

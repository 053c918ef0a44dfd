package eu.cybersudoe.shared.questionnaire;

import eu.cybersudoe.shared.reference.ReferenceDataException;
import org.junit.jupiter.api.Test;


import static eu.cybersudoe.shared.questionnaire.TestQuestionnaires.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wrong questionnaire file is refused with the file, the line and the problem. */
class QuestionnaireFileTest {

    static final String SAMPLE = TestQuestionnaires.sample(1);

    private static ReferenceDataException refused(String yaml) {
        try {
            TestQuestionnaires.read(yaml);
        } catch (ReferenceDataException e) {
            assertThat(e.file()).isEqualTo("reference/diagnostics/test.yml");
            return e;
        }
        throw new AssertionError("The file was accepted");
    }

    @Test
    void theSampleIsRead() {
        Questionnaire sample = TestQuestionnaires.read(SAMPLE);
        assertThat(sample.questions()).hasSize(6);
        assertThat(sample.question("q1").orElseThrow().answerCodes()).containsExactly("yes", "partly", "no", "dont-know");
        assertThat(sample.question("q2").orElseThrow().answerCodes()).containsExactly("0", "1", "2", "3", "4", "5");
    }

    @Test
    void anUnknownKindNamesItsLine() {
        String yaml = SAMPLE.replace("kind: scale", "kind: slider");
        ReferenceDataException e = refused(yaml);
        assertThat(e.line()).isEqualTo(lineOf(yaml, "kind: slider"));
        assertThat(e.problem()).contains("'slider' is not one of").contains("yes-partly-no");
    }

    @Test
    void aMissingTranslationNamesTheText() {
        String yaml = SAMPLE.replace("text: {fr: Q3 fr, es: Q3 es, pt: Q3 pt, en: Q3}", "text: {fr: Q3 fr, es: Q3 es, en: Q3}");
        ReferenceDataException e = refused(yaml);
        assertThat(e.line()).isEqualTo(lineOf(yaml, "{fr: Q3 fr, es: Q3 es, en: Q3}"));
        assertThat(e.problem()).contains("missing the text in 'pt'");
    }

    @Test
    void aConditionOnALaterOrUnknownQuestionIsRefused() {
        String yaml = SAMPLE.replace("show-if: {question: q1, answers: [yes]}", "show-if: {question: q3, answers: [all]}");
        ReferenceDataException e = refused(yaml);
        assertThat(e.line()).isEqualTo(lineOf(yaml, "show-if: {question: q3"));
        assertThat(e.problem()).contains("'q3' is not an earlier question");
    }

    @Test
    void aConditionOnAnAnswerTheQuestionDoesNotHaveIsRefused() {
        String yaml = SAMPLE.replace("show-if: {question: q1, answers: [yes]}", "show-if: {question: q1, answers: [maybe]}");
        ReferenceDataException e = refused(yaml);
        assertThat(e.line()).isEqualTo(lineOf(yaml, "answers: [maybe]"));
        assertThat(e.problem()).contains("'maybe' is not an answer of question 'q1'").contains("yes, partly, no, dont-know");
    }

    @Test
    void aScoreOutOfRangeAndADuplicateQuestionAreRefusedAtTheirLine() {
        String outOfRange = SAMPLE.replace("{code: some, score: 40,", "{code: some, score: 140,");
        assertThat(refused(outOfRange).line()).isEqualTo(lineOf(outOfRange, "score: 140"));
        String duplicate = SAMPLE.replace("- code: q5", "- code: q4");
        ReferenceDataException e = refused(duplicate);
        assertThat(e.problem()).contains("question 'q4' given twice");
        assertThat(e.line()).isEqualTo(lineOf(duplicate, "kind: number") - 1);
    }

    @Test
    void bandsMustStartAtZeroAndGoUp() {
        String yaml = SAMPLE.replace("{from: 50, code: high", "{from: 0, code: high");
        ReferenceDataException e = refused(yaml);
        assertThat(e.line()).isEqualTo(lineOf(yaml, "code: high"));
        assertThat(e.problem()).contains("levels must go up");
    }

    @Test
    void recommendationsNameKnownThemesAndDimensions() {
        String theme = SAMPLE.replace("themes: [security]", "themes: [cooking]");
        ReferenceDataException e = refused(theme);
        assertThat(e.line()).isEqualTo(lineOf(theme, "themes: [cooking]"));
        assertThat(e.problem()).contains("unknown theme 'cooking'");
        String dimension = SAMPLE.replace("{dimension: b, below: 60}", "{dimension: z, below: 60}");
        assertThat(refused(dimension).problem()).contains("unknown dimension 'z'");
    }

    @Test
    void aMisspeltFieldIsReportedNotIgnored() {
        String yaml = SAMPLE.replace("        dont-know: true", "        dont-knwo: true");
        ReferenceDataException e = refused(yaml);
        assertThat(e.line()).isEqualTo(lineOf(yaml, "dont-knwo"));
        assertThat(e.problem()).contains("unknown field");
    }

    @Test
    void brokenYamlNamesItsLine() {
        String yaml = SAMPLE.replace("    weight: 3", "    weight: 3\n   bad indentation: [");
        ReferenceDataException e = refused(yaml);
        assertThat(e.line()).isBetween(lineOf(yaml, "bad indentation") - 1, lineOf(yaml, "bad indentation") + 1);
        assertThat(e.getMessage()).startsWith("reference/diagnostics/test.yml, line ");
    }

    @Test
    void aTextQuestionCannotOfferDontKnowAndChoicesNeedOptions() {
        String yaml = SAMPLE.replace("        kind: text\n", "        kind: text\n        dont-know: true\n");
        assertThat(refused(yaml).problem()).contains("only questions answered by choosing can offer it");
        String noOptions = SAMPLE.replace("        kind: yes-partly-no\n", "        kind: single-choice\n");
        assertThat(refused(noOptions).problem()).contains("missing required field 'options'");
    }
}

package eu.cybersudoe.shared.questionnaire;

import eu.cybersudoe.shared.reference.ReferenceFile;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

/** Small questionnaires written in the test, read as the application reads its files. */
public final class TestQuestionnaires {

    public static final Set<String> THEMES = Set.of("security", "e-hr");

    private TestQuestionnaires() {
    }

    static String t(String text) {
        return "{fr: " + text + " fr, es: " + text + " es, pt: " + text + " pt, en: " + text + "}";
    }

    /**
     * A questionnaire of two dimensions: "a" (weight 3) with a yes/partly/no, a scale shown only
     * after "yes", and a single choice; "b" (weight 1) with a multiple choice, a scored number and a text.
     */
    public static String sample(int version) {
        return """
                code: sample
                version: %d
                title: %s
                description: %s
                bands:
                  - {from: 0, code: low, name: %s, text: %s}
                  - {from: 50, code: high, name: %s, text: %s}
                dimensions:
                  - code: a
                    weight: 3
                    title: %s
                    questions:
                      - code: q1
                        kind: yes-partly-no
                        dont-know: true
                        text: %s
                      - code: q2
                        kind: scale
                        show-if: {question: q1, answers: [yes]}
                        text: %s
                      - code: q3
                        kind: single-choice
                        not-applicable: true
                        text: %s
                        options:
                          - {code: none, score: 0, label: %s}
                          - {code: some, score: 40, label: %s}
                          - {code: all, score: %d, label: %s}
                  - code: b
                    title: %s
                    bands:
                      - {from: 0, code: b-low, name: %s, text: %s}
                      - {from: 80, code: b-high, name: %s, text: %s}
                    questions:
                      - code: q4
                        kind: multiple-choice
                        text: %s
                        options:
                          - {code: x, score: 30, label: %s}
                          - {code: y, score: 70, label: %s}
                      - code: q5
                        kind: number
                        max: 100
                        steps: [{from: 0, score: 0}, {from: 10, score: 50}, {from: 20, score: 100}]
                        text: %s
                      - code: q6
                        kind: text
                        text: %s
                recommendations:
                  - code: low-b
                    priority: low
                    when: {dimension: b, below: 60}
                    title: %s
                    why: %s
                    how: %s
                  - code: answer-q1
                    priority: high
                    when: {question: q1, answers: [no, partly]}
                    themes: [security]
                    title: %s
                    why: %s
                    how: %s
                  - code: hidden-q2
                    priority: medium
                    when: {question: q2, answers: ['0', '1']}
                    title: %s
                    why: %s
                    how: %s
                """.formatted(version, t("Sample"), t("About"), t("Low"), t("Low text"), t("High"), t("High text"), t("A"),
                t("Q1"), t("Q2"), t("Q3"), t("None"), t("Some"), version == 1 ? 80 : 40, t("All"), t("B"), t("B low"),
                t("B low text"), t("B high"), t("B high text"), t("Q4"), t("X"), t("Y"), t("Q5"), t("Q6"),
                t("R1"), t("Why"), t("How"), t("R2"), t("Why"), t("How"), t("R3"), t("Why"), t("How"));
    }

    public static Questionnaire read(String yaml) {
        return QuestionnaireFile.read(ReferenceFile.read("reference/diagnostics/test.yml", new StringReader(yaml)), THEMES);
    }

    /** The 1-based line of the first line containing {@code text}. */
    public static int lineOf(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the file");
    }
}

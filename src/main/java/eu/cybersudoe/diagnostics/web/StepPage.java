package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.DiagnosticsService.Opened;
import eu.cybersudoe.shared.questionnaire.Answers;
import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.Scoring;

import java.util.List;
import java.util.Map;

/**
 * One dimension's page of an assessment.
 *
 * @param token    the private link's token
 * @param step     the dimension's number, from 1
 * @param answers  the answers shown: saved ones, or those just typed when they had a problem
 * @param errors   message keys of problems by question code
 * @param followUp true when saving made new questions appear on this page
 */
public record StepPage(Opened opened, String token, int step, Answers answers, Map<String, String> errors, boolean followUp) {

    /** The buttons of the page: save and go on, save and leave, save and go back. */
    public static final String NEXT = "next";
    public static final String SAVE = "save";
    public static final String BACK = "back";

    public Questionnaire questionnaire() {
        return opened.questionnaire();
    }

    public Questionnaire.Dimension dimension() {
        return questionnaire().dimensions().get(step - 1);
    }

    public int steps() {
        return questionnaire().dimensions().size();
    }

    public boolean last() {
        return step == steps();
    }

    /** The questions asked with the answers shown. */
    public List<Question> questions() {
        return dimension().questions().stream().filter(q -> Scoring.visible(questionnaire(), q, answers)).toList();
    }

    /** Whether other questions of this page depend on the answer to this one. */
    public boolean triggers(Question question) {
        return dimension().questions().stream()
                .anyMatch(q -> q.showIf() != null && q.showIf().question().equals(question.code()));
    }

    public boolean chosen(Question question, String code) {
        return answers.choices(question.code()).contains(code);
    }

    public String value(Question question) {
        String value = answers.get(question.code());
        return value == null ? "" : value;
    }

    /** Percentage of the questions asked so far that have an answer, across the questionnaire. */
    public int progress() {
        return Progress.percent(questionnaire(), opened.assessment().answers());
    }

    public String base() {
        return "/diagnostics/a/" + token;
    }
}

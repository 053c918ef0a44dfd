package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.Answers;
import eu.cybersudoe.diagnostics.internal.Question;
import eu.cybersudoe.diagnostics.internal.Questionnaire;
import eu.cybersudoe.diagnostics.internal.Scoring;

/** How far an assessment has gone. */
final class Progress {

    private Progress() {
    }

    /** Answered questions over the questions asked with these answers, 0–100. */
    static int percent(Questionnaire questionnaire, Answers answers) {
        int asked = 0;
        int answered = 0;
        for (Question question : questionnaire.questions()) {
            if (Scoring.visible(questionnaire, question, answers)) {
                asked++;
                answered += answers.has(question.code()) ? 1 : 0;
            }
        }
        return asked == 0 ? 0 : Math.round(100f * answered / asked);
    }

    /** Answered and asked questions of a dimension. */
    static int[] ofDimension(Questionnaire questionnaire, Questionnaire.Dimension dimension, Answers answers) {
        int asked = 0;
        int answered = 0;
        for (Question question : dimension.questions()) {
            if (Scoring.visible(questionnaire, question, answers)) {
                asked++;
                answered += answers.has(question.code()) ? 1 : 0;
            }
        }
        return new int[]{answered, asked};
    }
}

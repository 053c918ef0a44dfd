package eu.cybersudoe.diagnostics.web;


import eu.cybersudoe.shared.questionnaire.Answers;
import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.Scoring;
import java.util.List;

/** How far an assessment has gone. */
final class Progress {

    private Progress() {
    }

    /** Answered questions over the questions asked with these answers, 0–100. */
    static int percent(Questionnaire questionnaire, Answers answers) {
        int[] count = count(questionnaire, questionnaire.questions(), answers);
        return count[1] == 0 ? 0 : Math.round(100f * count[0] / count[1]);
    }

    /** Answered and asked questions of a dimension. */
    static int[] ofDimension(Questionnaire questionnaire, Questionnaire.Dimension dimension, Answers answers) {
        return count(questionnaire, dimension.questions(), answers);
    }

    private static int[] count(Questionnaire questionnaire, List<Question> questions, Answers answers) {
        int asked = 0;
        int answered = 0;
        for (Question question : questions) {
            if (Scoring.visible(questionnaire, question, answers)) {
                asked++;
                answered += answers.has(question.code()) ? 1 : 0;
            }
        }
        return new int[]{answered, asked};
    }
}

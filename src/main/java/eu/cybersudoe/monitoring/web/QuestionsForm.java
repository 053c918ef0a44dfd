package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.shared.questionnaire.Questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire of the evaluation as a form: its questions, what was typed and the problems by question.
 *
 * @param values the answers given (kept when the form comes back with errors)
 * @param errors message keys by question code
 */
public record QuestionsForm(Questionnaire questionnaire, Map<String, String> values, Map<String, String> errors) {

    static final String PREFIX = "q-";

    public List<Question> questions() {
        return questionnaire.questions();
    }

    public String value(Question question) {
        return values.getOrDefault(question.code(), "");
    }

    public boolean chosen(Question question, String option) {
        return option.equals(values.get(question.code()));
    }

    /** The answers of a posted form: parameters named {@code q-<code>}, for the questionnaire's questions only. */
    static Map<String, String> answers(Questionnaire questionnaire, Map<String, String> parameters) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            String value = parameters.get(PREFIX + question.code());
            if (value != null) {
                answers.put(question.code(), value);
            }
        }
        return answers;
    }
}

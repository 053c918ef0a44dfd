package eu.cybersudoe.shared.questionnaire;

import eu.cybersudoe.shared.questionnaire.Question.Kind;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks the answers given on a dimension's page before they are saved. */
public final class AnswerCheck {

    /** The longest free-text answer. */
    public static final int TEXT_MAX = 2000;

    private AnswerCheck() {
    }

    /** The message keys of the problems, by question code; empty when every answer is right. */
    public static Map<String, String> check(Questionnaire.Dimension dimension, Map<String, String> given) {
        Map<String, String> errors = new LinkedHashMap<>();
        given.forEach((code, value) -> {
            Question question = dimension.questions().stream().filter(q -> q.code().equals(code)).findFirst().orElse(null);
            if (question == null) {
                errors.put(code, "questionnaire.answer.unknown");
            } else if (value != null && !value.isBlank()) {
                String problem = problem(question, value.strip());
                if (problem != null) {
                    errors.put(code, problem);
                }
            }
        });
        return errors;
    }

    /** The answers as stored: stripped, numbers with a decimal point. */
    public static Map<String, String> normalised(Questionnaire.Dimension dimension, Map<String, String> given) {
        Map<String, String> clean = new LinkedHashMap<>();
        given.forEach((code, value) -> {
            boolean number = dimension.questions().stream().anyMatch(q -> q.code().equals(code) && q.kind() == Kind.NUMBER);
            String stripped = value == null ? "" : value.strip();
            clean.put(code, number ? stripped.replace(',', '.') : stripped);
        });
        return clean;
    }

    private static String problem(Question question, String value) {
        if (question.kind() == Kind.TEXT) {
            return value.length() > TEXT_MAX ? "questionnaire.answer.tooLong" : null;
        }
        if (question.kind() == Kind.NUMBER) {
            try {
                BigDecimal number = new BigDecimal(value.replace(',', '.'));
                return number.compareTo(question.min()) < 0 || number.compareTo(question.max()) > 0
                        ? "questionnaire.answer.outOfRange" : null;
            } catch (NumberFormatException e) {
                return "questionnaire.answer.notANumber";
            }
        }
        List<String> chosen = new Answers(Map.of(question.code(), value)).choices(question.code());
        if (!question.answerCodes().containsAll(chosen)) {
            return "questionnaire.answer.unknown";
        }
        boolean special = chosen.contains(Question.DONT_KNOW) || chosen.contains(Question.NOT_APPLICABLE);
        if (chosen.size() > 1 && (question.kind() != Kind.MULTIPLE_CHOICE || special)) {
            return "questionnaire.answer.oneOnly";
        }
        return null;
    }
}

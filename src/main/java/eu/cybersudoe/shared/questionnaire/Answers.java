package eu.cybersudoe.shared.questionnaire;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of an assessment, by question code, as stored: an option code, several joined
 * with commas (multiple choice), {@link Question#DONT_KNOW}, {@link Question#NOT_APPLICABLE},
 * a number, or free text.
 */
public record Answers(Map<String, String> values) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String get(String question) {
        return values.get(question);
    }

    public boolean has(String question) {
        String value = values.get(question);
        return value != null && !value.isBlank();
    }

    /** The chosen answer codes of a question (none when unanswered). */
    public List<String> choices(String question) {
        return has(question) ? Arrays.stream(values.get(question).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList() : List.of();
    }

    /** These answers with others replacing the same questions' (a blank answer removes one). */
    public Answers with(Map<String, String> changes) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        changes.forEach((question, value) -> {
            if (value == null || value.isBlank()) {
                merged.remove(question);
            } else {
                merged.put(question, value);
            }
        });
        return new Answers(merged);
    }
}

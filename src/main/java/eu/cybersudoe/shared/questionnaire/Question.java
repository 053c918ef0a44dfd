package eu.cybersudoe.shared.questionnaire;

import eu.cybersudoe.shared.questionnaire.Questionnaire.Condition;
import eu.cybersudoe.shared.LocalizedText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A question of a questionnaire.
 *
 * @param code          unique within the questionnaire
 * @param kind          how it is answered
 * @param text          the question
 * @param help          an explanation, or null
 * @param weight        how much it counts in its dimension
 * @param options       the possible answers: written in the file for choices, implied for scales and yes/partly/no
 * @param dontKnow      whether "I don't know" is offered (left out of the score)
 * @param notApplicable whether "not applicable" is offered (left out of the score)
 * @param showIf        when it is asked, or null for always
 * @param min           the smallest number accepted (numbers only)
 * @param max           the largest number accepted (numbers only)
 * @param steps         scores of numbers: the score of the last step whose lower bound the number reaches (empty: not scored)
 */
public record Question(String code, Kind kind, LocalizedText text, LocalizedText help, int weight, List<Option> options,
                       boolean dontKnow, boolean notApplicable, Condition showIf, BigDecimal min, BigDecimal max,
                       List<Step> steps) {

    /** The answer code for "I don't know". */
    public static final String DONT_KNOW = "dont-know";
    /** The answer code for "not applicable". */
    public static final String NOT_APPLICABLE = "not-applicable";

    /** The kinds of questions. */
    public enum Kind {
        SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, YES_PARTLY_NO, NUMBER, TEXT;

        /** Whether the file lists the options. */
        public boolean listsOptions() {
            return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
        }

        /** Whether the answer is one of the options. */
        public boolean choosesOptions() {
            return this != NUMBER && this != TEXT;
        }
    }

    /**
     * An answer that can be chosen.
     *
     * @param label its text, or null for implied options (their text is in the message bundle)
     * @param score 0–100
     */
    public record Option(String code, LocalizedText label, int score) {
    }

    /** A score for numbers from {@code from} up. */
    public record Step(BigDecimal from, int score) {
    }

    /** Whether the question can count in a score. */
    public boolean scored() {
        return kind.choosesOptions() || (kind == Kind.NUMBER && !steps.isEmpty());
    }

    public Optional<Option> option(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }

    /** The answer codes allowed: the options and, when offered, "don't know" and "not applicable". */
    public List<String> answerCodes() {
        var codes = new java.util.ArrayList<>(options.stream().map(Option::code).toList());
        if (dontKnow) {
            codes.add(DONT_KNOW);
        }
        if (notApplicable) {
            codes.add(NOT_APPLICABLE);
        }
        return List.copyOf(codes);
    }

    /** The options implied by a kind that does not list them. */
    static List<Option> impliedOptions(Kind kind) {
        return switch (kind) {
            case SCALE -> java.util.stream.IntStream.rangeClosed(0, 5)
                    .mapToObj(i -> new Option(String.valueOf(i), null, i * 20)).toList();
            case YES_PARTLY_NO -> List.of(new Option("yes", null, 100), new Option("partly", null, 50), new Option("no", null, 0));
            default -> List.of();
        };
    }
}

package eu.cybersudoe.shared.questionnaire;

import eu.cybersudoe.shared.questionnaire.Question.Kind;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Band;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Condition;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Dimension;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Recommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores answers with the questionnaire they were given to (decision 0003):
 * <ul>
 *   <li>a question scores the option's score (0–100) over the best option's; a multiple choice
 *   the sum of its chosen options over the sum of all, at most 1; a number the score of its step;</li>
 *   <li>"don't know", "not applicable", unanswered, free-text and hidden questions are left out;</li>
 *   <li>a dimension scores the weighted mean of its questions, 0–100, or nothing when none counts;</li>
 *   <li>the overall score is the weighted mean of the dimensions that have a score, from their
 *   scores as shown (rounded), so that the figures on the page add up.</li>
 * </ul>
 */
public final class Scoring {

    private Scoring() {
    }

    /** What a questionnaire's answers give. */
    public static Result score(Questionnaire questionnaire, Answers answers) {
        List<DimensionResult> dimensions = new ArrayList<>();
        for (Dimension dimension : questionnaire.dimensions()) {
            dimensions.add(dimension(questionnaire, dimension, answers));
        }
        double weights = 0;
        double total = 0;
        for (DimensionResult result : dimensions) {
            if (result.score() != null) {
                weights += result.dimension().weight();
                total += result.dimension().weight() * result.score();
            }
        }
        Integer overall = weights == 0 ? null : (int) Math.round(total / weights);
        Band band = overall == null ? null : Questionnaire.bandOf(questionnaire.bands(), overall);
        Map<String, Integer> byDimension = dimensions.stream().filter(d -> d.score() != null)
                .collect(Collectors.toMap(d -> d.dimension().code(), DimensionResult::score));
        List<Recommendation> triggered = questionnaire.recommendations().stream()
                .filter(r -> holds(questionnaire, r.when(), answers, byDimension))
                .sorted(Comparator.comparing(Recommendation::priority)).toList();
        return new Result(overall, band, List.copyOf(dimensions), triggered);
    }

    private static DimensionResult dimension(Questionnaire questionnaire, Dimension dimension, Answers answers) {
        double weights = 0;
        double total = 0;
        int counted = 0;
        for (Question question : dimension.questions()) {
            OptionalDouble score = visible(questionnaire, question, answers) ? score(question, answers) : OptionalDouble.empty();
            if (score.isPresent()) {
                weights += question.weight();
                total += question.weight() * score.getAsDouble();
                counted++;
            }
        }
        Integer score = weights == 0 ? null : (int) Math.round(100 * total / weights);
        List<Band> bands = dimension.bands().isEmpty() ? questionnaire.bands() : dimension.bands();
        return new DimensionResult(dimension, score, score == null ? null : Questionnaire.bandOf(bands, score), counted);
    }

    /** A question's score between 0 and 1, or empty when it does not count. */
    public static OptionalDouble score(Question question, Answers answers) {
        if (!question.scored() || !answers.has(question.code())) {
            return OptionalDouble.empty();
        }
        if (question.kind() == Kind.NUMBER) {
            return numberScore(question, answers.get(question.code()));
        }
        List<String> chosen = answers.choices(question.code());
        if (chosen.contains(Question.DONT_KNOW) || chosen.contains(Question.NOT_APPLICABLE)) {
            return OptionalDouble.empty();
        }
        Map<String, Integer> scores = question.options().stream()
                .collect(Collectors.toMap(Question.Option::code, Question.Option::score));
        List<Integer> picked = chosen.stream().map(scores::get).filter(java.util.Objects::nonNull).toList();
        if (picked.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (question.kind() == Kind.MULTIPLE_CHOICE) {
            int all = scores.values().stream().mapToInt(Integer::intValue).sum();
            return OptionalDouble.of(Math.min(1.0, picked.stream().mapToInt(Integer::intValue).sum() / (double) all));
        }
        int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        return OptionalDouble.of(picked.getFirst() / (double) best);
    }

    private static OptionalDouble numberScore(Question question, String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
        int best = question.steps().stream().mapToInt(Question.Step::score).max().orElse(1);
        int score = 0;
        for (Question.Step step : question.steps()) {
            if (number.compareTo(step.from()) >= 0) {
                score = step.score();
            }
        }
        return best == 0 ? OptionalDouble.empty() : OptionalDouble.of(score / (double) best);
    }

    /** Whether a question is asked with these answers: no condition, or its condition holds on a question that is asked. */
    public static boolean visible(Questionnaire questionnaire, Question question, Answers answers) {
        Condition condition = question.showIf();
        if (condition == null) {
            return true;
        }
        Question earlier = questionnaire.question(condition.question()).orElseThrow();
        return visible(questionnaire, earlier, answers)
                && answers.choices(earlier.code()).stream().anyMatch(condition.answers()::contains);
    }

    private static boolean holds(Questionnaire questionnaire, Condition condition, Answers answers,
                                 Map<String, Integer> dimensions) {
        if (condition.onAnswer()) {
            Question question = questionnaire.question(condition.question()).orElseThrow();
            return visible(questionnaire, question, answers)
                    && answers.choices(question.code()).stream().anyMatch(condition.answers()::contains);
        }
        Integer score = dimensions.get(condition.dimension());
        return score != null && score < condition.below();
    }

    /**
     * The scores of an assessment.
     *
     * @param overall         0–100, or null when nothing counted
     * @param band            the overall maturity level, or null
     * @param dimensions      per dimension, in questionnaire order
     * @param recommendations the recommendations that apply, highest priority first (file order within a priority)
     */
    public record Result(Integer overall, Band band, List<DimensionResult> dimensions, List<Recommendation> recommendations) {

        /** The action plan's first part: the six highest-priority recommendations. */
        public static final int FIRST_ACTIONS = 6;

        public List<Recommendation> firstActions() {
            return recommendations.subList(0, Math.min(FIRST_ACTIONS, recommendations.size()));
        }

        public List<Recommendation> otherActions() {
            return recommendations.subList(Math.min(FIRST_ACTIONS, recommendations.size()), recommendations.size());
        }

        public Map<String, DimensionResult> byCode() {
            return dimensions.stream().collect(Collectors.toMap(d -> d.dimension().code(), Function.identity()));
        }
    }

    /**
     * A dimension's score.
     *
     * @param score   0–100, or null when no answer counted
     * @param band    its maturity level, or null
     * @param counted how many answers counted
     */
    public record DimensionResult(Dimension dimension, Integer score, Band band, int counted) {
    }
}

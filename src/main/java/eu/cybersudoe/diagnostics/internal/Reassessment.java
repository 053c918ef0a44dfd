package eu.cybersudoe.diagnostics.internal;


import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Dimension;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Recommendation;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.Scoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A company's later assessment of a questionnaire compared with its first (DIA-3): the change of
 * the overall score, of each dimension and of each question whose answer scores differently, and
 * the recommendations followed: those the first answers triggered that the later ones no longer
 * trigger, the question being answered (or the dimension scored) this time. Each assessment is
 * scored with its own questionnaire version; dimensions and questions are matched by code.
 *
 * @param first      the first completed assessment
 * @param before     its overall score, or null
 * @param after      the later overall score, or null
 * @param dimensions the dimensions of the later version, with both scores
 * @param questions  the questions whose score changed, in questionnaire order
 * @param followed   the recommendations followed since the first assessment
 */
public record Reassessment(Assessment first, Integer before, Integer after, List<Change<Dimension>> dimensions,
                           List<Change<Question>> questions, List<Recommendation> followed) {

    /** One part's scores (0–100) before and after; either may be null when nothing counted. */
    public record Change<T>(T part, Integer before, Integer after) {

        /** After minus before, or null when either is missing. */
        public Integer delta() {
            return before == null || after == null ? null : after - before;
        }
    }

    /** The overall change, or null when either score is missing. */
    public Integer delta() {
        return before == null || after == null ? null : after - before;
    }

    /** Compares a later assessment with the company's first. */
    public static Reassessment of(DiagnosticsService.Opened first, DiagnosticsService.Opened later) {
        Scoring.Result then = first.result();
        Scoring.Result now = later.result();
        Map<String, Scoring.DimensionResult> thenByCode = then.byCode();
        List<Change<Dimension>> dimensions = now.dimensions().stream()
                .map(d -> new Change<>(d.dimension(), thenByCode.containsKey(d.dimension().code())
                        ? thenByCode.get(d.dimension().code()).score() : null, d.score()))
                .toList();
        List<Change<Question>> questions = new ArrayList<>();
        for (Question question : later.questionnaire().questions()) {
            Integer after = score(later, question);
            Integer before = first.questionnaire().question(question.code()).map(q -> score(first, q)).orElse(null);
            if (before != null && after != null && !before.equals(after)) {
                questions.add(new Change<>(question, before, after));
            }
        }
        Set<String> stillTriggered = now.recommendations().stream().map(Recommendation::code).collect(Collectors.toSet());
        Map<String, Integer> scoredNow = now.dimensions().stream().filter(d -> d.score() != null)
                .collect(Collectors.toMap(d -> d.dimension().code(), Scoring.DimensionResult::score));
        List<Recommendation> followed = then.recommendations().stream()
                .filter(r -> !stillTriggered.contains(r.code()))
                .filter(r -> answeredNow(later, r, scoredNow))
                .map(r -> later.questionnaire().recommendations().stream().filter(n -> n.code().equals(r.code()))
                        .findFirst().orElse(r))
                .toList();
        return new Reassessment(first.assessment(), then.overall(), now.overall(), dimensions, List.copyOf(questions), followed);
    }

    /** Whether the later answers say something about what triggered the recommendation (not merely skipped). */
    private static boolean answeredNow(DiagnosticsService.Opened later, Recommendation recommendation,
                                       Map<String, Integer> scoredNow) {
        Questionnaire.Condition when = recommendation.when();
        if (!when.onAnswer()) {
            return scoredNow.containsKey(when.dimension());
        }
        return later.questionnaire().question(when.question())
                .filter(q -> Scoring.visible(later.questionnaire(), q, later.assessment().answers()))
                .map(q -> later.assessment().answers().has(q.code()))
                .orElse(false);
    }

    private static Integer score(DiagnosticsService.Opened opened, Question question) {
        if (!Scoring.visible(opened.questionnaire(), question, opened.assessment().answers())) {
            return null;
        }
        OptionalDouble score = Scoring.score(question, opened.assessment().answers());
        return score.isPresent() ? (int) Math.round(100 * score.getAsDouble()) : null;
    }
}

package eu.cybersudoe.monitoring.web;

import java.time.Instant;
import java.util.List;

/**
 * The acting partner's self-evaluation of a semester.
 *
 * @param answeredByName who answered last, null when not answered yet
 */
public record SelfEvaluationView(int semester, List<Integer> semesters, String partner, QuestionsForm form, String answeredByName,
                                 Instant answeredAt) {

    /** The self-evaluations of a semester on its edition page, one line per partner. */
    public record Results(int semester, List<Line> lines, List<String> questions) {
    }

    /**
     * A partner's results.
     *
     * @param answers the answers' labels in the order of {@code questions}
     */
    public record Line(String partner, Integer score, String bandName, List<String> answers, String answeredByName, Instant answeredAt) {
    }
}

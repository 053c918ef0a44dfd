package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.EvaluationRefused;
import eu.cybersudoe.shared.questionnaire.AnswerCheck;
import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.security.PrivateTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The satisfaction survey's answers: given once per personal link, kept without any link to who gave
 * them, and shown only as counts and averages per question once at least {@link #THRESHOLD} people
 * answered, so that nobody's answers can be told apart.
 */
@Service
public class SurveyAnswers {

    /** The fewest answers before any result is shown. */
    public static final int THRESHOLD = 5;

    /** What a personal link opens. */
    public enum LinkState { OPEN, ANSWERED, UNKNOWN }

    /**
     * The results of a question.
     *
     * @param average the mean answer of a scale (0–5), null for other questions or without answers
     * @param counts  how many chose each answer, in the question's order
     */
    public record QuestionResult(Question question, int answered, Double average, Map<String, Integer> counts) {
    }

    /**
     * A sample's results.
     *
     * @param shown false while fewer than {@link #THRESHOLD} people answered: no figure is given then
     */
    public record Results(int mailed, int answered, boolean shown, List<QuestionResult> questions) {
    }

    private final JdbcClient jdbc;
    private final EvaluationQuestionnaires questionnaires;
    private final Clock clock;

    SurveyAnswers(JdbcClient jdbc, EvaluationQuestionnaires questionnaires, Clock clock) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    public Questionnaire questionnaire() {
        return questionnaires.survey();
    }

    public LinkState state(String token) {
        if (!PrivateTokens.wellFormed(token)) {
            return LinkState.UNKNOWN;
        }
        return jdbc.sql("select answered_at from monitoring_sample_member where token_hash = ?").param(PrivateTokens.hash(token))
                .query((rs, n) -> rs.getTimestamp(1) == null ? LinkState.OPEN : LinkState.ANSWERED).optional()
                .orElse(LinkState.UNKNOWN);
    }

    /** The problems of the answers by question code (message keys); empty when they are right. */
    public Map<String, String> check(Map<String, String> given) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Questionnaire.Dimension dimension : questionnaire().dimensions()) {
            Map<String, String> ofDimension = new LinkedHashMap<>();
            dimension.questions().forEach(q -> {
                if (given.containsKey(q.code())) {
                    ofDimension.put(q.code(), given.get(q.code()));
                }
            });
            errors.putAll(AnswerCheck.check(dimension, ofDimension));
        }
        return errors;
    }

    /**
     * Records the answers of a personal link, once: the link is marked answered and the answers are kept
     * apart from it. Unknown questions and blank answers are left out.
     *
     * @throws EvaluationRefused when the link is unknown, already answered, or an answer is not one of its question's
     */
    @Transactional
    public void answer(String token, Map<String, String> given) {
        if (state(token) == LinkState.UNKNOWN) {
            throw new EvaluationRefused("evaluation.survey.refused.unknown");
        }
        if (!check(given).isEmpty()) {
            throw new EvaluationRefused("evaluation.survey.refused.answer");
        }
        String hash = PrivateTokens.hash(token);
        Optional<Long> sample = jdbc.sql("select sample_id from monitoring_sample_member where token_hash = ?").param(hash)
                .query(Long.class).optional();
        int marked = jdbc.sql("update monitoring_sample_member set answered_at = ? where token_hash = ? and answered_at is null")
                .params(Timestamp.from(clock.instant()), hash).update();
        if (marked != 1 || sample.isEmpty()) {
            throw new EvaluationRefused("evaluation.survey.refused.answered");
        }
        for (Question question : questionnaire().questions()) {
            String value = given.get(question.code());
            if (value != null && !value.isBlank() && question.kind() != Question.Kind.TEXT) {
                jdbc.sql("insert into monitoring_survey_answer (sample_id, question_code, answer) values (?, ?, ?)")
                        .params(sample.get(), question.code(), value.strip()).update();
            }
        }
    }

    /** The sample's results: counts and averages per question, hidden below the threshold. */
    public Results results(long sampleId) {
        int mailed = jdbc.sql("select count(*) from monitoring_sample_member where sample_id = ? and mailed_at is not null")
                .param(sampleId).query(Integer.class).single();
        int answered = jdbc.sql("select count(*) from monitoring_sample_member where sample_id = ? and answered_at is not null")
                .param(sampleId).query(Integer.class).single();
        if (answered < THRESHOLD) {
            return new Results(mailed, answered, false, List.of());
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select question_code, answer, count(*) from monitoring_survey_answer where sample_id = ?
                        group by question_code, answer""").param(sampleId)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        List<QuestionResult> questions = new ArrayList<>();
        for (Question question : questionnaire().questions()) {
            if (question.kind() == Question.Kind.TEXT) {
                continue;
            }
            Map<String, Integer> given = counts.getOrDefault(question.code(), Map.of());
            Map<String, Integer> ordered = new LinkedHashMap<>();
            List<String> codes = new ArrayList<>(question.answerCodes());
            codes.forEach(code -> ordered.put(code, given.getOrDefault(code, 0)));
            int total = ordered.values().stream().mapToInt(Integer::intValue).sum();
            Double average = null;
            if (question.kind() == Question.Kind.SCALE) {
                int n = 0;
                double sum = 0;
                for (Map.Entry<String, Integer> e : ordered.entrySet()) {
                    if (e.getKey().matches("[0-5]")) {
                        n += e.getValue();
                        sum += Integer.parseInt(e.getKey()) * e.getValue();
                    }
                }
                average = n == 0 ? null : sum / n;
            }
            questions.add(new QuestionResult(question, total, average, ordered));
        }
        return new Results(mailed, answered, true, questions);
    }
}

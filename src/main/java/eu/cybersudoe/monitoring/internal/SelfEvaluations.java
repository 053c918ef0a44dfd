package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.EvaluationRefused;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.questionnaire.AnswerCheck;
import eu.cybersudoe.shared.questionnaire.Answers;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.Scoring;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partners' semester self-evaluation (MON-3): each semester, a partner's staff answer the short
 * self-evaluation questionnaire ({@code reference/monitoring/self-evaluation.v1.yml}); answering again
 * replaces the partner's answers of that semester. The results per partner appear in the semester's edition.
 */
@Service
public class SelfEvaluations {

    /**
     * A partner's self-evaluation of a semester.
     *
     * @param score the questionnaire's overall score (0–100), null when no scored question is answered
     */
    public record SelfEvaluation(long id, PartnerId partner, int semester, String answeredByName, Instant answeredAt,
                                 Answers answers, Integer score) {
    }

    private final JdbcClient jdbc;
    private final EvaluationQuestionnaires questionnaires;
    private final ObjectProvider<Network> network;
    private final Clock clock;

    SelfEvaluations(JdbcClient jdbc, EvaluationQuestionnaires questionnaires, ObjectProvider<Network> network, Clock clock) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.network = network;
        this.clock = clock;
    }

    public Questionnaire questionnaire() {
        return questionnaires.selfEvaluation();
    }

    /** The problems of the answers by question code (message keys); empty when they are right. */
    public Map<String, String> check(Map<String, String> given) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Questionnaire.Dimension dimension : questionnaire().dimensions()) {
            Map<String, String> ofDimension = new LinkedHashMap<>();
            dimension.questions().stream().filter(q -> given.containsKey(q.code()))
                    .forEach(q -> ofDimension.put(q.code(), given.get(q.code())));
            errors.putAll(AnswerCheck.check(dimension, ofDimension));
        }
        return errors;
    }

    /**
     * Records (or replaces) a partner's self-evaluation of a semester that has started.
     *
     * @throws EvaluationRefused when the partner or semester is unknown, the semester has not started, an answer is wrong,
     *                           or nothing is answered
     */
    @Transactional
    public SelfEvaluation answer(PartnerId partner, int semester, Map<String, String> given, long accountId, String name) {
        if (network.getObject().partner(partner).isEmpty()) {
            throw new EvaluationRefused("evaluation.self.refused.partner");
        }
        LocalDate today = LocalDate.now(clock);
        if (network.getObject().calendar().semesters().stream().noneMatch(s -> s.number() == semester && !s.start().isAfter(today))) {
            throw new EvaluationRefused("evaluation.self.refused.semester");
        }
        if (!check(given).isEmpty()) {
            throw new EvaluationRefused("evaluation.self.refused.answer");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (Questionnaire.Dimension dimension : questionnaire().dimensions()) {
            Map<String, String> ofDimension = new LinkedHashMap<>();
            dimension.questions().stream().filter(q -> given.get(q.code()) != null && !given.get(q.code()).isBlank())
                    .forEach(q -> ofDimension.put(q.code(), given.get(q.code())));
            kept.putAll(AnswerCheck.normalised(dimension, ofDimension));
        }
        if (kept.isEmpty()) {
            throw new EvaluationRefused("evaluation.self.refused.empty");
        }
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Long> existing = jdbc.sql("select id from monitoring_self_evaluation where partner_id = ? and semester = ?")
                .params(partner.value(), semester).query(Long.class).optional();
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("delete from monitoring_self_evaluation_answer where self_evaluation_id = ?").param(id).update();
            jdbc.sql("update monitoring_self_evaluation set answered_by = ?, answered_by_name = ?, answered_at = ? where id = ?")
                    .params(accountId, name, now, id).update();
        } else {
            jdbc.sql("""
                            insert into monitoring_self_evaluation (partner_id, semester, answered_by, answered_by_name, answered_at)
                            values (?, ?, ?, ?, ?)""").params(partner.value(), semester, accountId, name, now).update();
            id = jdbc.sql("select id from monitoring_self_evaluation where partner_id = ? and semester = ?")
                    .params(partner.value(), semester).query(Long.class).single();
        }
        for (Map.Entry<String, String> answer : kept.entrySet()) {
            jdbc.sql("insert into monitoring_self_evaluation_answer (self_evaluation_id, question_code, answer) values (?, ?, ?)")
                    .params(id, answer.getKey(), answer.getValue()).update();
        }
        return of(partner, semester).orElseThrow();
    }

    public Optional<SelfEvaluation> of(PartnerId partner, int semester) {
        return ofSemester(semester).stream().filter(s -> s.partner().equals(partner)).findFirst();
    }

    /** The self-evaluations of a semester, by partner. */
    public List<SelfEvaluation> ofSemester(int semester) {
        record Row(long id, String partner, String name, Instant at) {
        }
        List<Row> rows = jdbc.sql("""
                        select id, partner_id, answered_by_name, answered_at from monitoring_self_evaluation
                        where semester = ? order by partner_id""").param(semester)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant())).list();
        return rows.stream().map(row -> {
            Map<String, String> values = new LinkedHashMap<>();
            jdbc.sql("select question_code, answer from monitoring_self_evaluation_answer where self_evaluation_id = ?")
                    .param(row.id()).query(rs -> {
                        values.put(rs.getString(1), rs.getString(2));
                    });
            Answers answers = new Answers(values);
            return new SelfEvaluation(row.id(), new PartnerId(row.partner()), semester, row.name(), row.at(), answers,
                    Scoring.score(questionnaire(), answers).overall());
        }).toList();
    }
}

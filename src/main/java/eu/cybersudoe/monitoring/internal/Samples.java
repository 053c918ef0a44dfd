package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.BeneficiarySample;
import eu.cybersudoe.monitoring.BeneficiarySample.Beneficiary;
import eu.cybersudoe.monitoring.EvaluationRefused;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The beneficiary samples of the mid-term and final evaluations (MON-3): the evaluator draws a
 * random sample of a chosen size among the companies every {@link BeneficiarySample} bean returns
 * (each company once), with a recorded seed so that the same population and seed give the same
 * sample, and sends them the satisfaction survey.
 */
@Service
public class Samples {

    /** Which evaluation a sample is drawn for. */
    public enum Evaluation { MID_TERM, FINAL }

    /** A drawn sample. */
    public record Sample(long id, Evaluation evaluation, int size, int population, long seed, String drawnByName, Instant drawnAt,
                         Instant surveyedAt) {
        public boolean surveyed() {
            return surveyedAt != null;
        }
    }

    /**
     * A sampled company: its name and where it comes from; the contact's address stays in the database for the mail.
     *
     * @param origin what the company did (conference attended, mission…), in the source's words
     */
    public record Member(long id, String companyName, LocalizedText origin, boolean mailed, boolean answered) {
    }

    /** A beneficiary with the source it came from. */
    record Candidate(Beneficiary beneficiary, LocalizedText origin) {
    }

    /** Published when the survey of a sample is to be mailed; the mails go after commit. */
    public record SurveySent(long sampleId) {
    }

    private final ObjectProvider<BeneficiarySample> sources;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Samples(ObjectProvider<BeneficiarySample> sources, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** How many distinct companies a sample may be drawn from today. */
    public int population() {
        return candidates().size();
    }

    /**
     * Draws a sample with a fresh seed and keeps it.
     *
     * @throws EvaluationRefused when the size is not between 1 and the population
     */
    @Transactional
    public Sample draw(Evaluation evaluation, int size, long accountId, String name) {
        List<Candidate> population = candidates();
        if (size < 1 || size > population.size()) {
            throw new EvaluationRefused("evaluation.sample.refused.size");
        }
        long seed = random.nextLong();
        List<Candidate> drawn = pick(population, size, seed);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into monitoring_sample (evaluation, sample_size, population, seed, drawn_by, drawn_by_name, drawn_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(evaluation.name(), size, population.size(), seed, accountId, name, Timestamp.from(now)).update();
        long id = jdbc.sql("select max(id) from monitoring_sample where drawn_by = ? and seed = ?").params(accountId, seed)
                .query(Long.class).single();
        int position = 0;
        for (Candidate candidate : drawn) {
            Beneficiary b = candidate.beneficiary();
            jdbc.sql("""
                            insert into monitoring_sample_member (sample_id, position, company_id, company_name, origin, email, language)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position++, b.companyId(), cut(b.companyName(), 300), LocalizedTextConverter.toJson(candidate.origin()), b.email(),
                            b.language().code()).update();
        }
        return sample(id).orElseThrow();
    }

    /**
     * The sample a seed gives from a population: the population ordered by company, shuffled with the
     * seed, its first {@code size} companies. The same population and seed always give the same sample.
     */
    static List<Candidate> pick(List<Candidate> population, int size, long seed) {
        List<Candidate> ordered = new ArrayList<>(population);
        ordered.sort(Comparator.comparingLong(c -> c.beneficiary().companyId()));
        Collections.shuffle(ordered, new Random(seed));
        return List.copyOf(ordered.subList(0, size));
    }

    /** Every company of every source up to today, each once (the first source naming it wins). */
    List<Candidate> candidates() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Candidate> byCompany = new LinkedHashMap<>();
        sources.orderedStream().forEach(source -> {
            LocalizedText origin = source.origin();
            for (Beneficiary b : source.beneficiaries(today)) {
                byCompany.putIfAbsent(b.companyId(), new Candidate(b, origin));
            }
        });
        return List.copyOf(byCompany.values());
    }

    /**
     * Sends the satisfaction survey to the sample's companies not mailed yet (all of them the first
     * time): the mails go after commit, each with a personal link.
     */
    @Transactional
    public void sendSurvey(long sampleId) {
        Sample sample = sample(sampleId).orElseThrow(() -> new EvaluationRefused("evaluation.sample.refused.unknown"));
        if (!sample.surveyed()) {
            jdbc.sql("update monitoring_sample set surveyed_at = ? where id = ? and surveyed_at is null")
                    .params(Timestamp.from(clock.instant()), sampleId).update();
        }
        events.publishEvent(new SurveySent(sampleId));
    }

    public List<Sample> samples() {
        return jdbc.sql("select * from monitoring_sample order by drawn_at desc, id desc").query((rs, n) -> sample(rs)).list();
    }

    public Optional<Sample> sample(long id) {
        return jdbc.sql("select * from monitoring_sample where id = ?").param(id).query((rs, n) -> sample(rs)).optional();
    }

    /** The sampled companies in the order they were drawn. */
    public List<Member> members(long sampleId) {
        return jdbc.sql("""
                        select id, company_name, origin, mailed_at, answered_at from monitoring_sample_member
                        where sample_id = ? order by position""").param(sampleId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), LocalizedTextConverter.fromJson(rs.getString(3)), rs.getTimestamp(4) != null,
                        rs.getTimestamp(5) != null))
                .list();
    }

    private static Sample sample(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp surveyed = rs.getTimestamp("surveyed_at");
        return new Sample(rs.getLong("id"), Evaluation.valueOf(rs.getString("evaluation")), rs.getInt("sample_size"),
                rs.getInt("population"), rs.getLong("seed"), rs.getString("drawn_by_name"), rs.getTimestamp("drawn_at").toInstant(),
                surveyed == null ? null : surveyed.toInstant());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

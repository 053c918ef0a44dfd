package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.PartnerCompanies;
import eu.cybersudoe.diagnostics.internal.Assessment.CompanyContext;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Answers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code assessment} and {@code assessment_answer} tables. */
@Repository
class AssessmentTable {

    private final JdbcClient jdbc;
    private final PartnerCompanies partners;

    AssessmentTable(JdbcClient jdbc, PartnerCompanies partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    long insert(String questionnaire, int version, String tokenHash, Language language, Long accountId, CompanyId company,
                String partnerId, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into assessment (questionnaire_code, questionnaire_version, token_hash, language, account_id,
                            organisation_id, partner_id, status, started_at, updated_at)
                        values (:code, :version, :hash, :language, :account, :company, :partner, 'IN_PROGRESS', :now, :now)""")
                .param("code", questionnaire).param("version", version).param("hash", tokenHash)
                .param("language", language.code()).param("account", accountId)
                .param("company", company == null ? null : company.value()).param("partner", partnerId)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Assessment> byTokenHash(String tokenHash) {
        return one("token_hash = :key", tokenHash);
    }

    Optional<Assessment> byId(long id) {
        return one("id = :key", id);
    }

    private Optional<Assessment> one(String where, Object key) {
        return jdbc.sql("select * from assessment where " + where).param("key", key)
                .query((rs, n) -> row(rs)).optional()
                .map(a -> withAnswers(a, answers(a.id())));
    }

    /** The assessments an account started, newest first. */
    List<Assessment> ofAccount(long accountId) {
        return jdbc.sql("select * from assessment where account_id = :account order by started_at desc, id desc")
                .param("account", accountId).query((rs, n) -> row(rs)).list();
    }

    /** The assessments linked to a company, newest first. */
    List<Assessment> ofCompany(CompanyId company) {
        return jdbc.sql("select * from assessment where organisation_id = :company order by started_at desc, id desc")
                .param("company", company.value()).query((rs, n) -> row(rs)).list();
    }

    void saveContext(long id, CompanyContext context, Instant now) {
        jdbc.sql("update assessment set company_size = :size, sector = :sector, region = :region, updated_at = :now where id = :id")
                .param("size", context.size()).param("sector", context.sector()).param("region", context.region())
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Replaces the answers of the given questions (a blank answer removes one). */
    void saveAnswers(long id, Map<String, String> answers, Instant now) {
        answers.forEach((question, answer) -> {
            jdbc.sql("delete from assessment_answer where assessment_id = :id and question_code = :question")
                    .param("id", id).param("question", question).update();
            if (answer != null && !answer.isBlank()) {
                jdbc.sql("insert into assessment_answer (assessment_id, question_code, answer) values (:id, :question, :answer)")
                        .param("id", id).param("question", question).param("answer", answer).update();
            }
        });
        jdbc.sql("update assessment set updated_at = :now where id = :id").param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Marks it completed, if it was not already; false when it was. A partner already set is kept. */
    boolean complete(long id, Integer overall, String band, String partnerId, Instant now) {
        return jdbc.sql("""
                        update assessment set status = 'COMPLETED', overall_score = :score, band = :band,
                            partner_id = coalesce(partner_id, :partner),
                            completed_at = :now, updated_at = :now where id = :id and status = 'IN_PROGRESS'""")
                .param("score", overall).param("band", band).param("partner", partnerId).param("now", Timestamp.from(now))
                .param("id", id).update() == 1;
    }

    void replaceToken(long id, String tokenHash) {
        jdbc.sql("update assessment set token_hash = :hash where id = :id").param("hash", tokenHash).param("id", id).update();
    }

    /** Completed assessments per questionnaire code, for the whole network or one partner. */
    Map<String, Long> completedByQuestionnaire(String partnerId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select questionnaire_code, count(*) from assessment where status = 'COMPLETED'"
                        + (partnerId == null ? "" : " and partner_id = :partner") + " group by questionnaire_code order by questionnaire_code")
                .params(partnerId == null ? Map.of() : Map.of("partner", partnerId))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Completed assessments before an instant, for the whole network or one partner. */
    long completedBefore(Instant end, String partnerId) {
        return jdbc.sql("select count(*) from assessment where status = 'COMPLETED' and completed_at < :end"
                        + (partnerId == null ? "" : " and partner_id = :partner"))
                .params(partnerId == null ? Map.of("end", Timestamp.from(end))
                        : Map.of("end", Timestamp.from(end), "partner", partnerId))
                .query(Long.class).single();
    }

    /** The latest completed assessment of each company for a questionnaire, as a common table expression. */
    private static final String LATEST_PER_COMPANY = """
            with latest as (
                select organisation_id, overall_score, sector, company_size, region, partner_id,
                    row_number() over (partition by organisation_id order by completed_at desc, id desc) as n
                from assessment
                where status = 'COMPLETED' and questionnaire_code = :code and organisation_id is not null
                    and overall_score is not null)
            """;

    /**
     * How many other companies of a group have a latest score below and equal to a score.
     *
     * @param self    the company itself, left out; or null
     * @param sector  the sector of the group, or null for any
     * @param size    the size of the group, or null for any
     * @param country the country code the regions start with, or null for any
     */
    PeerCount peers(String questionnaire, Long self, int score, String sector, String size, String country) {
        StringBuilder where = new StringBuilder(" where n = 1 and organisation_id <> :self");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("code", questionnaire, "self", self == null ? -1L : self,
                "score", score));
        if (sector != null) {
            where.append(" and sector = :sector");
            params.put("sector", sector);
        }
        if (size != null) {
            where.append(" and company_size = :size");
            params.put("size", size);
        }
        if (country != null) {
            where.append(" and region like :country");
            params.put("country", country + "%");
        }
        return jdbc.sql(LATEST_PER_COMPANY + """
                        select count(*), coalesce(sum(case when overall_score < :score then 1 else 0 end), 0),
                            coalesce(sum(case when overall_score = :score then 1 else 0 end), 0) from latest""" + where)
                .params(params)
                .query((rs, n) -> new PeerCount(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    /** Companies in a peer group: how many, and how many scored below and the same. */
    record PeerCount(int companies, int below, int equal) {
    }

    /** A cell of the aggregates: companies of a region, sector and size, and the sum of their latest scores. */
    record Aggregate(String region, String sector, String size, int companies, long totalScore) {
    }

    /** The latest scores of each company for a questionnaire, grouped by region, sector and size (no threshold applied). */
    List<Aggregate> aggregates(String questionnaire) {
        return jdbc.sql(LATEST_PER_COMPANY + """
                        select region, sector, company_size, count(*) as companies, sum(overall_score) as total
                        from latest where n = 1
                        group by region, sector, company_size
                        order by region, sector, company_size""")
                .param("code", questionnaire)
                .query((rs, n) -> new Aggregate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5)))
                .list();
    }

    /** The completed assessments of a company for a questionnaire, first completed first. */
    List<Assessment> completedOf(CompanyId company, String questionnaire) {
        return jdbc.sql("""
                        select * from assessment where organisation_id = :company and questionnaire_code = :code
                            and status = 'COMPLETED' order by completed_at, id""")
                .param("company", company.value()).param("code", questionnaire)
                .query((rs, n) -> row(rs)).list();
    }

    /**
     * A page of the assessments of companies a partner brought or served (the registry's
     * provenance, read through {@link PartnerCompanies}), or of every company for null; newest first.
     */
    List<Assessment> ofCompaniesKnownBy(String partnerId, int offset, int limit) {
        return jdbc.sql("select * from assessment" + knownBy(partnerId)
                        + " order by coalesce(completed_at, started_at) desc, id desc limit :limit offset :offset")
                .params(partnerId == null ? Map.of("limit", limit, "offset", offset)
                        : Map.of("limit", limit, "offset", offset, "companies", partners.knownBy(partnerId)))
                .query((rs, n) -> row(rs)).list();
    }

    long countOfCompaniesKnownBy(String partnerId) {
        return jdbc.sql("select count(*) from assessment" + knownBy(partnerId))
                .params(partnerId == null ? Map.of() : Map.of("companies", partners.knownBy(partnerId))).query(Long.class).single();
    }

    /** The companies' assessments: every company's, or those of the companies the registry says the partner knows. */
    private static String knownBy(String partnerId) {
        return partnerId == null ? " where organisation_id is not null" : " where organisation_id = any(:companies)";
    }

    /** A company's first and latest overall scores with a questionnaire; the partner is the latest assessment's. */
    record ScorePair(long company, String questionnaire, int first, int last, String partnerId) {
    }

    /**
     * Each company assessed at least twice with a questionnaire by the end: its first and latest
     * completed scores, for the network (null) or the partner noted on the latest assessment.
     */
    List<ScorePair> firstAndLatest(Instant end, String partnerId) {
        return jdbc.sql("""
                        with done as (
                            select organisation_id, questionnaire_code, overall_score, partner_id,
                                row_number() over (partition by organisation_id, questionnaire_code order by completed_at, id) as first_n,
                                row_number() over (partition by organisation_id, questionnaire_code order by completed_at desc, id desc) as last_n
                            from assessment
                            where status = 'COMPLETED' and organisation_id is not null and overall_score is not null
                                and completed_at < :end)
                        select f.organisation_id, f.questionnaire_code, f.overall_score, l.overall_score, l.partner_id from done f
                            join done l on l.organisation_id = f.organisation_id and l.questionnaire_code = f.questionnaire_code
                        where f.first_n = 1 and l.last_n = 1 and l.first_n > 1""" + (partnerId == null ? "" : " and l.partner_id = :partner"))
                .params(partnerId == null ? Map.of("end", Timestamp.from(end)) : Map.of("end", Timestamp.from(end), "partner", partnerId))
                .query((rs, n) -> new ScorePair(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .list();
    }

    private Answers answers(long id) {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("select question_code, answer from assessment_answer where assessment_id = :id").param("id", id)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                });
        return new Answers(values);
    }

    private static Assessment withAnswers(Assessment a, Answers answers) {
        return new Assessment(a.id(), a.questionnaire(), a.version(), a.language(), a.accountId(), a.company(), a.context(),
                a.partnerId(), a.completed(), a.overallScore(), a.band(), a.startedAt(), a.updatedAt(), a.completedAt(), answers);
    }

    private static Assessment row(ResultSet rs) throws SQLException {
        long account = rs.getLong("account_id");
        Long accountId = rs.wasNull() ? null : account;
        long organisation = rs.getLong("organisation_id");
        CompanyId company = rs.wasNull() ? null : new CompanyId(organisation);
        int score = rs.getInt("overall_score");
        Integer overall = rs.wasNull() ? null : score;
        return new Assessment(rs.getLong("id"), rs.getString("questionnaire_code"), rs.getInt("questionnaire_version"),
                Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT), accountId, company,
                new CompanyContext(rs.getString("company_size"), rs.getString("sector"), rs.getString("region")),
                rs.getString("partner_id"), "COMPLETED".equals(rs.getString("status")), overall, rs.getString("band"),
                instant(rs, "started_at"), instant(rs, "updated_at"), instant(rs, "completed_at"), Answers.NONE);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

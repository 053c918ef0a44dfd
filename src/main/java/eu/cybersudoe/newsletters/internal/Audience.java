package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.SqlDialect;

import eu.cybersudoe.companies.AudienceContact;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.Segments;
import eu.cybersudoe.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An issue's audience: every contact with newsletter consent, or those of a saved segment,
 * frozen as send records when the issue is launched (inserted in batches, one per address), each
 * with the variant the recipient reads. Suppressed addresses are recorded as such, not sent to.
 */
@Component
public class Audience {

    /** How many records are inserted per statement batch. */
    static final int BATCH = 1000;

    private final Segments segments;
    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    Audience(Segments segments, JdbcTemplate template, JdbcClient jdbc, SqlDialect dialect) {
        this.segments = segments;
        this.template = template;
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /** An e-mail address as compared: trimmed, in lower case. */
    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The variant a recipient reads: their language when the issue has it, else the language of
     * their organisation's country, else English (which every approved issue has).
     */
    static Language variantFor(Language language, String country, Set<Language> variants) {
        if (language != null && variants.contains(language)) {
            return language;
        }
        Language national = country == null ? null : switch (country.toUpperCase(Locale.ROOT)) {
            case "FR" -> Language.FR;
            case "ES" -> Language.ES;
            case "PT" -> Language.PT;
            default -> null;
        };
        if (national != null && variants.contains(national)) {
            return national;
        }
        return variants.contains(Language.EN) || variants.isEmpty() ? Language.EN : variants.iterator().next();
    }

    /** Hands the issue's audience to the action, one contact at a time. */
    public void forEach(Long segmentId, Consumer<AudienceContact> action) {
        if (segmentId == null) {
            segments.forEachContact(ConsentPurpose.NEWSLETTER, action);
        } else {
            segments.forEachContact(segmentId, ConsentPurpose.NEWSLETTER, action);
        }
    }

    /**
     * Inserts one send record per address of the audience, within the caller's transaction;
     * returns how many records were written.
     */
    long freeze(Issue issue, Set<Language> variants, Timestamp now) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        long[] written = {0};
        forEach(issue.segmentId(), contact -> {
            rows.add(new Object[] {issue.id(), contact.contactId(), contact.company().value(), contact.email().strip(),
                    key(contact.email()), shorten(contact.firstName()),
                    variantFor(contact.language(), contact.country(), variants).code(), contact.country(), contact.region(), now});
            if (rows.size() == BATCH) {
                written[0] += insert(rows);
            }
        });
        written[0] += insert(rows);
        jdbc.sql("update newsletter_send set state = 'SUPPRESSED', finished_at = ? where issue_id = ? and state = 'PENDING' "
                        + "and email_key in (select email_key from newsletter_suppression)")
                .params(now, issue.id()).update();
        return written[0];
    }

    /**
     * On PostgreSQL, brings the planner's statistics of the send records up to date after a
     * launch inserted up to 90,000 of them: with statistics from before, claims and results
     * may be planned as scans of the whole table until autovacuum catches up.
     */
    void refreshStatistics() {
        if (dialect.postgres()) {
            template.execute("analyze newsletter_send");
        }
    }

    private long insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        long written = dialect.postgres() ? insertAsArrays(rows) : insertAsBatch(rows);
        rows.clear();
        return written;
    }

    private long insertAsBatch(List<Object[]> rows) {
        int[] counts = template.batchUpdate("insert into newsletter_send (issue_id, contact_id, company_id, email, email_key, "
                + "first_name, language, country, region, state, attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "'PENDING', 0, ?) "
                + "on conflict do nothing", rows);
        long written = 0;
        for (int count : counts) {
            written += count < 0 ? 1 : count;
        }
        return written;
    }

    /** One statement for the whole batch on PostgreSQL: its columns as arrays. */
    private long insertAsArrays(List<Object[]> rows) {
        String[] types = {"bigint", "bigint", "bigint", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar",
            "timestamptz"};
        Object[][] columns = new Object[types.length][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            for (int c = 0; c < types.length; c++) {
                columns[c][r] = row[c];
            }
        }
        return template.update("""
                insert into newsletter_send (issue_id, contact_id, company_id, email, email_key, first_name, language,
                    country, region, state, attempts, next_attempt_at)
                select issue_id, contact_id, company_id, email, email_key, first_name, language, country, region, 'PENDING',
                    0, next_attempt_at
                from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                            ?::varchar[], ?::varchar[], ?::timestamptz[])
                    as r(issue_id, contact_id, company_id, email, email_key, first_name, language, country, region,
                         next_attempt_at)
                on conflict do nothing""", ps -> {
            for (int c = 0; c < types.length; c++) {
                ps.setArray(c + 1, ps.getConnection().createArrayOf(types[c], columns[c]));
            }
        });
    }

    private static String shorten(String name) {
        return name == null || name.length() <= 120 ? name : name.substring(0, 120);
    }
}

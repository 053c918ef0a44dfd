package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.companies.AudienceContact;
import eu.cybersudoe.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a launch would do, shown before it is confirmed: the audience by the language its people
 * read and by country, who would get another language than theirs, and the languages read by more
 * than 1 % of the audience that have no version. Such a launch is refused until the version is
 * written or a network admin waives it; each waiver is kept ({@code newsletter_launch_waiver}).
 */
@Component
public class LaunchAudience {

    /** A language read by more than this share of the audience must have its version (or be waived). */
    static final double MISSING_SHARE = 0.01;

    /** People reading {@code wanted} who would get the {@code sent} version. */
    public record Fallback(Language wanted, Language sent, long recipients) {
    }

    /**
     * The audience of a launch.
     *
     * @param total      recipients
     * @param byLanguage recipients by the language they read
     * @param byCountry  recipients by their organisation's country
     * @param fallbacks  recipients who would get another language
     * @param missing    languages read by more than 1 % of the audience without a version, not waived
     * @param waived     languages without a version that a network admin waived
     */
    public record Summary(long total, Map<Language, Long> byLanguage, Map<String, Long> byCountry, List<Fallback> fallbacks,
                          Set<Language> missing, Set<Language> waived) {

        public boolean launchable() {
            return missing.isEmpty();
        }
    }

    private final Audience audience;
    private final Issues issues;
    private final JdbcClient jdbc;

    LaunchAudience(Audience audience, Issues issues, JdbcClient jdbc) {
        this.audience = audience;
        this.issues = issues;
        this.jdbc = jdbc;
    }

    /** The audience the issue would have if launched now. */
    public Summary of(Issue issue) {
        Set<Language> variants = issues.variants(issue.id()).keySet();
        Map<Language, Long> byLanguage = new EnumMap<>(Language.class);
        Map<String, Long> byCountry = new TreeMap<>();
        Map<List<Language>, Long> fallbacks = new java.util.LinkedHashMap<>();
        long[] total = {0};
        audience.forEach(issue.segmentId(), (AudienceContact contact) -> {
            total[0]++;
            Language wanted = Audience.variantFor(contact.language(), contact.country(), Set.of(Language.values()));
            Language sent = Audience.variantFor(contact.language(), contact.country(), variants);
            byLanguage.merge(wanted, 1L, Long::sum);
            byCountry.merge(contact.country() == null ? "" : contact.country(), 1L, Long::sum);
            if (wanted != sent) {
                fallbacks.merge(List.of(wanted, sent), 1L, Long::sum);
            }
        });
        Set<Language> waived = waived(issue.id());
        Set<Language> missing = new HashSet<>();
        byLanguage.forEach((language, count) -> {
            if (!variants.contains(language) && !waived.contains(language) && count > total[0] * MISSING_SHARE) {
                missing.add(language);
            }
        });
        List<Fallback> fallbackList = new ArrayList<>();
        fallbacks.forEach((pair, count) -> fallbackList.add(new Fallback(pair.get(0), pair.get(1), count)));
        return new Summary(total[0], byLanguage, byCountry, fallbackList, Set.copyOf(missing), waived);
    }

    /** The languages a network admin waived for the issue. */
    Set<Language> waived(long issueId) {
        Set<Language> waived = new HashSet<>();
        jdbc.sql("select language from newsletter_launch_waiver where issue_id = ?").param(issueId).query(String.class).list()
                .forEach(code -> Language.fromCode(code).ifPresent(waived::add));
        return waived;
    }

    /** Keeps a network admin's waiver of the versions of these languages (once per language). */
    void waive(long issueId, Set<Language> languages, long accountId, Instant now) {
        Set<Language> already = waived(issueId);
        for (Language language : languages) {
            if (!already.contains(language)) {
                jdbc.sql("insert into newsletter_launch_waiver (issue_id, language, waived_by, waived_at) values (?, ?, ?, ?)")
                        .params(issueId, language.code(), accountId, Timestamp.from(now)).update();
            }
        }
    }
}

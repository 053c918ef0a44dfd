package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.markdown.MarkdownHtml;
import eu.cybersudoe.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public archive: every issue once it has been launched, as a web page in each language it
 * was written in (the English variant, or the first there is, for a language it was not).
 */
@Component
public class Archive {

    /**
     * An archived issue as shown in one language.
     *
     * @param number   its number in the programme
     * @param sentAt   when it was launched
     * @param sentOn   the day it was launched, in the platform's time zone
     * @param variant  the variant shown
     * @param fallback whether the variant is in another language than the one asked for
     * @param bodyHtml the body, rendered from Markdown and sanitised
     */
    public record ArchivedIssue(int number, Instant sentAt, LocalDate sentOn, Variant variant, boolean fallback,
                                String bodyHtml) {
    }

    private final JdbcClient jdbc;
    private final Issues issues;
    private final Clock clock;

    Archive(JdbcClient jdbc, Issues issues, Clock clock) {
        this.jdbc = jdbc;
        this.issues = issues;
        this.clock = clock;
    }

    /** The launched issues, latest first. */
    public List<ArchivedIssue> issues(Language language) {
        List<ArchivedIssue> archived = new ArrayList<>();
        for (Launched launched : launched(null)) {
            shown(launched, language).ifPresent(archived::add);
        }
        return archived;
    }

    /** The launched issue with this number. */
    public Optional<ArchivedIssue> issue(int number, Language language) {
        return launched(number).stream().findFirst().flatMap(launched -> shown(launched, language));
    }

    private record Launched(long id, int number, Instant launchedAt) {
    }

    private List<Launched> launched(Integer number) {
        return jdbc.sql("select id, number, launched_at from newsletter_issue where launched_at is not null "
                        + "and state in ('SENDING', 'PAUSED', 'SENT')" + (number == null ? "" : " and number = :number")
                        + " order by launched_at desc, number desc")
                .params(number == null ? Map.of() : Map.of("number", number))
                .query((rs, n) -> new Launched(rs.getLong(1), rs.getInt(2), rs.getObject(3, Timestamp.class).toInstant()))
                .list();
    }

    private Optional<ArchivedIssue> shown(Launched launched, Language language) {
        Map<Language, Variant> variants = issues.variants(launched.id());
        Variant variant = variants.get(language);
        if (variant == null) {
            variant = variants.get(Language.EN);
        }
        if (variant == null && !variants.isEmpty()) {
            variant = variants.values().iterator().next();
        }
        return Optional.ofNullable(variant).map(v -> new ArchivedIssue(launched.number(), launched.launchedAt(),
                LocalDate.ofInstant(launched.launchedAt(), clock.getZone()), v,
                v.language() != language, MarkdownHtml.html(v.body())));
    }
}

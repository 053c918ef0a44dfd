package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.Issue;
import eu.cybersudoe.newsletters.internal.LaunchAudience;
import eu.cybersudoe.shared.Language;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The confirmation of a launch.
 *
 * @param issue         the issue
 * @param variants      the languages it is written in
 * @param audience      who would get it
 * @param postalAddress the sender's postal address, or null when none is set (no launch then)
 * @param at            when it would go, for a schedule; null for now
 * @param problem       the message key of a refused launch, or null
 */
public record LaunchView(Issue issue, Set<Language> variants, LaunchAudience.Summary audience, String postalAddress,
                         LocalDateTime at, String problem) {

    /** The four languages, in the platform's order. */
    public List<Language> languages() {
        return List.of(Language.values());
    }

    public long readers(Language language) {
        return audience.byLanguage().getOrDefault(language, 0L);
    }

    /** The share of the audience reading the language, in percent with one decimal. */
    public double share(Language language) {
        return audience.total() == 0 ? 0 : Math.round(1000.0 * readers(language) / audience.total()) / 10.0;
    }
}

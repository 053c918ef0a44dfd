package eu.cybersudoe.search;

import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.util.Objects;

/**
 * An entry of a feed.
 *
 * @param id        a stable identifier, unique across feeds ({@code conference-12}); written as a tag URI
 * @param title     its title
 * @param summary   a plain-text summary
 * @param html      the full content as sanitised HTML, or null
 * @param path      its page within the language ({@code /conferences/12})
 * @param language  the language it is written in (another than the feed's when not translated)
 * @param published when it was first published
 * @param updated   when it last changed
 */
public record FeedEntry(String id, String title, String summary, String html, String path, Language language,
                        Instant published, Instant updated) {

    public FeedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        updated = updated == null ? published : updated;
    }
}

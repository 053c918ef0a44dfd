package eu.cybersudoe.search;

import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One language version of an item as the index keeps it. An item written in several languages gives one
 * document per language it has a text in.
 *
 * @param kind      the source's kind, such as {@code conference}
 * @param id        the item's identifier within its kind
 * @param language  the language of the title and text
 * @param title     the title shown in results
 * @param text      the text searched and quoted in snippets (plain text)
 * @param path      the page of the item within the language, such as {@code /conferences/12} (or under
 *                  {@code /office} for a document only staff see)
 * @param themes    theme codes of the network
 * @param countries country codes (FR, ES, PT)
 * @param partners  the partners the item belongs to; for a staff document, the partners whose staff see it
 *                  (none: network admins only)
 * @param date      the date shown beside the result, or null
 * @param staffOnly true when only staff see it (a draft, an unsent issue), in the back-office search
 */
public record Searchable(String kind, String id, Language language, String title, String text, String path,
                         List<String> themes, List<String> countries, List<String> partners, Instant date, boolean staffOnly) {

    public Searchable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        themes = List.copyOf(themes);
        countries = List.copyOf(countries);
        partners = List.copyOf(partners);
    }

    /** The identity of the item across its languages, such as {@code conference:12}. */
    public String key() {
        return kind + ":" + id;
    }
}

package eu.cybersudoe.search;

import eu.cybersudoe.shared.Language;

/**
 * What a person searches for.
 *
 * @param text    the words typed
 * @param reader  the visitor's language: its results come first
 * @param kind    a kind to keep only, or null
 * @param theme   a theme code to keep only, or null
 * @param country a country code to keep only, or null
 * @param page    the page, from 1
 * @param scope   public or staff
 */
public record SearchQuery(String text, Language reader, String kind, String theme, String country, int page, SearchScope scope) {

    public static final int PAGE_SIZE = 10;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        kind = blankToNull(kind);
        theme = blankToNull(theme);
        country = blankToNull(country);
        page = Math.max(1, page);
    }

    public boolean blank() {
        return text.isEmpty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

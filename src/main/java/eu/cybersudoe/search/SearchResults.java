package eu.cybersudoe.search;

import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page of results with the facets of the whole result and, for a misspelt word, a suggested query.
 *
 * @param hits       the page's results, the reader's language first
 * @param total      the number of items found (an item in several languages counts once)
 * @param page       the page shown, from 1
 * @param pages      the number of pages
 * @param facets     per dimension ({@code kind}, {@code theme}, {@code country}) the values found and their counts,
 *                   most frequent first
 * @param suggestion a query with the misspelt words corrected, or null
 */
public record SearchResults(List<Hit> hits, int total, int page, int pages, Map<String, List<FacetValue>> facets,
                            String suggestion) {

    public static SearchResults none() {
        return new SearchResults(List.of(), 0, 1, 0, Map.of(), null);
    }

    public List<FacetValue> facet(String dimension) {
        return facets.getOrDefault(dimension, List.of());
    }

    /**
     * One item found.
     *
     * @param snippet the passage of its text around the words found, HTML-escaped with the words in {@code <mark>}
     */
    public record Hit(String kind, String id, Language language, String title, String snippet, String path, Instant date,
                      List<String> themes, List<String> countries) {
    }

    /** A value of a facet and how many items of the result have it. */
    public record FacetValue(String value, int count) {
    }
}

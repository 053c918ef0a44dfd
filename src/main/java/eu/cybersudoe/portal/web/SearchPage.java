package eu.cybersudoe.portal.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.search.SearchQuery;
import eu.cybersudoe.search.SearchResults;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.PageContext;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the search page shows: the results with their labels and links, the facets as links that add or remove a
 * filter, the pages, and the corrected query.
 *
 * @param path the page's own path within the language ({@code /search} or {@code /office/search})
 */
public record SearchPage(String path, SearchQuery query, SearchResults results, List<Hit> hits, Map<String, List<Facet>> facets,
                         String previous, String next, String suggestion) {

    /** A result as shown. */
    public record Hit(String kindLabel, String title, String snippet, String href, String languageName, String date) {
    }

    /** A value of a facet as a link that keeps or drops it. */
    public record Facet(String label, int count, String href, boolean active) {
    }

    static SearchPage of(String path, SearchQuery query, SearchResults results, PageContext page, Network network) {
        List<Hit> hits = new ArrayList<>();
        for (SearchResults.Hit hit : results.hits()) {
            hits.add(new Hit(page.t("search.kind." + hit.kind()), hit.title(), hit.snippet(), page.href(hit.path()),
                    hit.language() == query.reader() ? null : page.languageName(hit.language()),
                    hit.date() == null ? null : page.date(LocalDate.ofInstant(hit.date(), page.language().zone()))));
        }
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        for (String dimension : List.of("kind", "theme", "country")) {
            String chosen = switch (dimension) {
                case "kind" -> query.kind();
                case "theme" -> query.theme();
                default -> query.country();
            };
            facets.put(dimension, results.facet(dimension).stream()
                    .map(value -> new Facet(label(dimension, value.value(), page, network), value.count(),
                            href(page, path, query, dimension, value.value().equals(chosen) ? null : value.value(), 1),
                            value.value().equals(chosen)))
                    .toList());
        }
        return new SearchPage(path, query, results, hits, facets,
                results.page() > 1 ? href(page, path, query, null, null, results.page() - 1) : null,
                results.page() < results.pages() ? href(page, path, query, null, null, results.page() + 1) : null,
                results.suggestion() == null ? null : page.href(path) + "?" + UriComponentsBuilder.newInstance()
                        .queryParam("q", results.suggestion()).build().encode().getQuery());
    }

    private static String label(String dimension, String value, PageContext page, Network network) {
        return switch (dimension) {
            case "kind" -> page.t("search.kind." + value);
            case "theme" -> network.theme(value).map(t -> page.text(t.name()).text()).orElse(value);
            default -> page.t("search.country." + value);
        };
    }

    /** The address of the search with one filter set (or dropped, for null) and a page. */
    private static String href(PageContext page, String path, SearchQuery query, String dimension, String value, int pageNumber) {
        String kind = "kind".equals(dimension) ? value : query.kind();
        String theme = "theme".equals(dimension) ? value : query.theme();
        String country = "country".equals(dimension) ? value : query.country();
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance().queryParam("q", query.text());
        if (kind != null) {
            uri.queryParam("kind", kind);
        }
        if (theme != null) {
            uri.queryParam("theme", theme);
        }
        if (country != null) {
            uri.queryParam("country", country);
        }
        if (pageNumber > 1) {
            uri.queryParam("page", pageNumber);
        }
        return page.href(path) + "?" + uri.build().encode().getQuery();
    }

    /** The language of the reader, for the template. */
    public Language reader() {
        return query.reader();
    }
}

package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.SearchQuery;
import eu.cybersudoe.search.SearchResults;
import eu.cybersudoe.search.SearchScope;
import eu.cybersudoe.shared.Language;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.springframework.web.util.HtmlUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static eu.cybersudoe.search.internal.DocumentBinder.*;

/**
 * Answers a query in one session: the words looked for in each language's fields (analysed by that language's
 * analyser), the facets' and the scope's filters, every match gathered with its item, language, kind, themes and
 * countries, the visitor's language first then by relevance, one result per item (its best language), the facets
 * counted over the items, and the page read again with its highlighted snippet.
 */
final class Finder {

    private static final int SNIPPET_LENGTH = 180;

    private final SearchSession session;
    private final SearchQuery query;

    Finder(SearchSession session, SearchQuery query) {
        this.session = session;
        this.query = query;
    }

    /** A matching document. */
    private record Match(String id, float score, String item, String language, String kind, List<String> themes,
                         List<String> countries) {
    }

    SearchResults find() {
        List<Match> matches = session.search(IndexedDocument.class)
                .select(f -> f.composite().from(f.id(String.class), f.score(), f.field(KEY, String.class),
                        f.field(LANGUAGE, String.class), f.field(KIND, String.class), f.field(THEME, String.class).list(),
                        f.field(COUNTRY, String.class).list()).asList(Finder::match))
                .where(f -> filtered(f))
                .fetchAllHits();
        List<Match> items = bestPerItem(matches);
        int pages = (items.size() + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE;
        int page = Math.min(query.page(), Math.max(1, pages));
        List<Match> shown = items.subList(Math.min(items.size(), (page - 1) * SearchQuery.PAGE_SIZE),
                Math.min(items.size(), page * SearchQuery.PAGE_SIZE));
        return new SearchResults(hits(shown), items.size(), page, pages, facets(items),
                new Suggestions(session).correct(query.text()));
    }

    @SuppressWarnings("unchecked")
    private static Match match(List<?> values) {
        return new Match((String) values.get(0), (Float) values.get(1), (String) values.get(2), (String) values.get(3),
                (String) values.get(4), (List<String>) values.get(5), (List<String>) values.get(6));
    }

    /** The words in every language: all of them in the title or text, a match in the title counting more. */
    static SearchPredicate words(SearchPredicateFactory f, String text) {
        var anyLanguage = f.bool();
        for (Language language : Language.values()) {
            anyLanguage.should(f.bool()
                    .must(f.match().field(LanguageAnalyzers.field(ALL, language)).matching(text).minimumShouldMatchPercent(100))
                    .should(f.match().field(LanguageAnalyzers.field(TITLE, language)).matching(text).boost(2f)));
        }
        return anyLanguage.toPredicate();
    }

    private PredicateFinalStep filtered(SearchPredicateFactory f) {
        var filtered = f.bool().must(words(f, query.text()));
        if (query.kind() != null) {
            filtered.filter(f.match().field(KIND).matching(query.kind()));
        }
        if (query.theme() != null) {
            filtered.filter(f.match().field(THEME).matching(query.theme()));
        }
        if (query.country() != null) {
            filtered.filter(f.match().field(COUNTRY).matching(query.country()));
        }
        SearchPredicate scope = scope(f, query.scope());
        if (scope != null) {
            filtered.filter(scope);
        }
        return filtered;
    }

    /** Public documents for everyone; staff documents of their partners for staff; all of them for network admins. */
    static SearchPredicate scope(SearchPredicateFactory f, SearchScope scope) {
        SearchPredicate published = f.match().field(STAFF).matching(false).toPredicate();
        if (!scope.staff()) {
            return published;
        }
        if (scope.allPartners()) {
            return null;
        }
        var either = f.bool().should(published);
        if (!scope.partners().isEmpty()) {
            either.should(f.bool().filter(f.match().field(STAFF).matching(true))
                    .filter(f.terms().field(PARTNER).matchingAny(scope.partners())));
        }
        return either.toPredicate();
    }

    /** The reader's language first, then by score; each item once, in its first place. */
    private List<Match> bestPerItem(List<Match> matches) {
        String reader = query.reader().code();
        List<Match> ordered = new ArrayList<>(matches);
        ordered.sort(Comparator.comparing((Match m) -> !m.language().equals(reader))
                .thenComparing(Match::score, Comparator.reverseOrder())
                .thenComparing(Match::id));
        Set<String> seen = new HashSet<>();
        List<Match> items = new ArrayList<>();
        for (Match match : ordered) {
            if (seen.add(match.item())) {
                items.add(match);
            }
        }
        return items;
    }

    private static Map<String, List<SearchResults.FacetValue>> facets(List<Match> items) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String dimension : List.of("kind", "theme", "country")) {
            counts.put(dimension, new HashMap<>());
        }
        for (Match item : items) {
            counts.get("kind").merge(item.kind(), 1, Integer::sum);
            item.themes().forEach(t -> counts.get("theme").merge(t, 1, Integer::sum));
            item.countries().forEach(c -> counts.get("country").merge(c, 1, Integer::sum));
        }
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        counts.forEach((dimension, values) -> facets.put(dimension, values.entrySet().stream()
                .map(e -> new SearchResults.FacetValue(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(SearchResults.FacetValue::count).reversed().thenComparing(SearchResults.FacetValue::value))
                .toList()));
        return facets;
    }

    /**
     * The page's documents read again, in the order found, with their stored values and the passage of their text
     * around the words found: escaped, the words marked, the text's start when no word is in the text.
     */
    private List<SearchResults.Hit> hits(List<Match> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        List<String> ids = shown.stream().map(Match::id).toList();
        Map<String, SearchResults.Hit> byId = new HashMap<>();
        session.search(IndexedDocument.class)
                .select(f -> f.composite().from(page(f)).asList(values -> values))
                .where(f -> {
                    var inText = f.bool().must(f.id().matchingAny(ids));
                    for (Language language : Language.values()) {
                        inText.should(f.match().field(LanguageAnalyzers.field(TEXT, language)).matching(query.text()));
                    }
                    return inText;
                })
                .highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(SNIPPET_LENGTH).numberOfFragments(2).noMatchSize(SNIPPET_LENGTH))
                .fetchHits(ids.size())
                .forEach(values -> byId.put((String) values.get(0), hit(values)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Identifier, kind, item, language, path, date, themes, countries, then per language title, text and snippet. */
    private static ProjectionFinalStep<?>[] page(SearchProjectionFactory<?, ?> f) {
        List<ProjectionFinalStep<?>> all = new ArrayList<>(List.of(
                f.id(String.class), f.field(KIND, String.class), f.field(ID, String.class), f.field(LANGUAGE, String.class),
                f.field(PATH, String.class), f.field(DATE, Instant.class), f.field(THEME, String.class).list(),
                f.field(COUNTRY, String.class).list()));
        for (Language language : Language.values()) {
            all.add(f.field(LanguageAnalyzers.field(TITLE, language), String.class));
            all.add(f.field(LanguageAnalyzers.field(TEXT, language), String.class));
            all.add(f.highlight(LanguageAnalyzers.field(TEXT, language)));
        }
        return all.toArray(ProjectionFinalStep<?>[]::new);
    }

    @SuppressWarnings("unchecked")
    private static SearchResults.Hit hit(List<?> values) {
        Language language = Language.fromCode((String) values.get(3)).orElse(Language.DEFAULT);
        int at = 8 + 3 * language.ordinal();
        String text = (String) values.get(at + 1);
        List<String> fragments = (List<String>) values.get(at + 2);
        String snippet = text == null || text.isBlank() ? ""
                : fragments.isEmpty() ? escapedStart(text) : String.join(" … ", fragments);
        return new SearchResults.Hit((String) values.get(1), (String) values.get(2), language, (String) values.get(at),
                snippet, (String) values.get(4), (Instant) values.get(5), (List<String>) values.get(6),
                (List<String>) values.get(7));
    }

    private static String escapedStart(String text) {
        String start = text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + " …";
        return HtmlUtils.htmlEscape(start);
    }
}

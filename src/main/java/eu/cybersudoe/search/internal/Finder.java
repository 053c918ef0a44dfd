package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.SearchQuery;
import eu.cybersudoe.search.SearchResults;
import eu.cybersudoe.search.SearchScope;
import eu.cybersudoe.shared.Language;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers a query from one searcher: the words looked for in each language with that language's analyser, the
 * facets' and the scope's filters, every match gathered, the visitor's language first then by relevance, one
 * result per item (its best language), the facets counted over the items, one page read with its snippet.
 */
final class Finder {

    private static final int SNIPPET_LENGTH = 180;
    private static final SimpleHTMLEncoder ESCAPE = new SimpleHTMLEncoder();

    private final IndexSearcher searcher;
    private final SearchQuery query;

    Finder(IndexSearcher searcher, SearchQuery query) {
        this.searcher = searcher;
        this.query = query;
    }

    SearchResults find() {
        Query words = words();
        if (words == null) {
            return SearchResults.none();
        }
        try {
            List<Matches.Match> matches = searcher.search(filtered(words), new Matches());
            List<Matches.Match> items = bestPerItem(matches);
            int pages = (items.size() + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE;
            int page = Math.min(query.page(), Math.max(1, pages));
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (Matches.Match match : items.subList(Math.min(items.size(), (page - 1) * SearchQuery.PAGE_SIZE),
                    Math.min(items.size(), page * SearchQuery.PAGE_SIZE))) {
                hits.add(hit(match));
            }
            return new SearchResults(hits, items.size(), page, pages, facets(items),
                    new Suggestions(searcher.getIndexReader()).correct(query.text()));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The words in every language: all of them in the title or text, a match in the title counting more. */
    private Query words() {
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        boolean some = false;
        for (Language language : Language.values()) {
            QueryBuilder builder = new QueryBuilder(LanguageAnalyzers.of(language));
            Query all = builder.createBooleanQuery(LanguageAnalyzers.field(SearchIndex.ALL, language), query.text(), Occur.MUST);
            if (all == null) {
                continue;
            }
            BooleanQuery.Builder inLanguage = new BooleanQuery.Builder().add(all, Occur.MUST);
            Query title = builder.createBooleanQuery(LanguageAnalyzers.field(SearchIndex.TITLE, language), query.text());
            if (title != null) {
                inLanguage.add(new BoostQuery(title, 2f), Occur.SHOULD);
            }
            anyLanguage.add(inLanguage.build(), Occur.SHOULD);
            some = true;
        }
        return some ? anyLanguage.build() : null;
    }

    private Query filtered(Query words) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(words, Occur.MUST);
        if (query.kind() != null) {
            filtered.add(new TermQuery(new Term(SearchIndex.KIND, query.kind())), Occur.FILTER);
        }
        if (query.theme() != null) {
            filtered.add(new TermQuery(new Term(SearchIndex.THEME, query.theme())), Occur.FILTER);
        }
        if (query.country() != null) {
            filtered.add(new TermQuery(new Term(SearchIndex.COUNTRY, query.country())), Occur.FILTER);
        }
        Query scope = scope(query.scope());
        if (scope != null) {
            filtered.add(scope, Occur.FILTER);
        }
        return filtered.build();
    }

    /** Public documents for everyone; staff documents of their partners for staff; all of them for network admins. */
    static Query scope(SearchScope scope) {
        Query published = new TermQuery(new Term(SearchIndex.STAFF, "false"));
        if (!scope.staff()) {
            return published;
        }
        if (scope.allPartners()) {
            return null;
        }
        BooleanQuery.Builder partners = new BooleanQuery.Builder();
        scope.partners().forEach(p -> partners.add(new TermQuery(new Term(SearchIndex.PARTNER, p)), Occur.SHOULD));
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(published, Occur.SHOULD);
        if (!scope.partners().isEmpty()) {
            either.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SearchIndex.STAFF, "true")), Occur.FILTER)
                    .add(partners.build(), Occur.FILTER).build(), Occur.SHOULD);
        }
        return either.build();
    }

    /** The reader's language first, then by score; each item once, in its first place. */
    private List<Matches.Match> bestPerItem(List<Matches.Match> matches) {
        String reader = query.reader().code();
        List<Matches.Match> ordered = new ArrayList<>(matches);
        ordered.sort(Comparator.comparing((Matches.Match m) -> !m.language().equals(reader))
                .thenComparing(Matches.Match::score, Comparator.reverseOrder())
                .thenComparing(Matches.Match::doc));
        Set<Long> seen = new HashSet<>();
        List<Matches.Match> items = new ArrayList<>();
        for (Matches.Match match : ordered) {
            if (seen.add(match.item())) {
                items.add(match);
            }
        }
        return items;
    }

    private static Map<String, List<SearchResults.FacetValue>> facets(List<Matches.Match> items) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String dimension : List.of("kind", "theme", "country")) {
            counts.put(dimension, new HashMap<>());
        }
        for (Matches.Match item : items) {
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

    private SearchResults.Hit hit(Matches.Match match) throws IOException {
        Document document = searcher.storedFields().document(match.doc());
        Language language = Language.fromCode(match.language()).orElse(Language.DEFAULT);
        var date = document.getField(SearchIndex.DATE);
        return new SearchResults.Hit(match.kind(), document.get(SearchIndex.ID), language,
                document.get(LanguageAnalyzers.field(SearchIndex.TITLE, language)),
                snippet(language, document.get(LanguageAnalyzers.field(SearchIndex.TEXT, language))),
                document.get(SearchIndex.PATH), date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()),
                Arrays.asList(document.getValues(SearchIndex.THEME)), Arrays.asList(document.getValues(SearchIndex.COUNTRY)));
    }

    /** The passage of the text around the words found, escaped, the words marked; the text's start when none is. */
    private String snippet(Language language, String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String field = LanguageAnalyzers.field(SearchIndex.TEXT, language);
        Query words = new QueryBuilder(LanguageAnalyzers.of(language)).createBooleanQuery(field, query.text());
        if (words != null) {
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ESCAPE,
                    new QueryScorer(words, field));
            highlighter.setTextFragmenter(new SimpleFragmenter(SNIPPET_LENGTH));
            try {
                String best = highlighter.getBestFragments(LanguageAnalyzers.of(language).tokenStream(field, text), text, 2, " … ");
                if (best != null && !best.isBlank()) {
                    return best;
                }
            } catch (IOException | InvalidTokenOffsetsException unreadable) {
                // the text's start below
            }
        }
        String start = text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + " …";
        return ESCAPE.encodeText(start);
    }
}

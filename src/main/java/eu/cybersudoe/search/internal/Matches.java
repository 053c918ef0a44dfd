package eu.cybersudoe.search.internal;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects every matching document with its score and what ordering, grouping and facets need of it (item,
 * language, kind, themes, countries), read from doc values. The index holds tens of thousands of documents:
 * keeping every match is cheaper than a second pass for the facets.
 */
final class Matches implements CollectorManager<Matches.Gathering, List<Matches.Match>> {

    /** A matching document. */
    record Match(int doc, float score, String key, String language, String kind, List<String> themes, List<String> countries) {
    }

    @Override
    public Gathering newCollector() {
        return new Gathering();
    }

    @Override
    public List<Match> reduce(Collection<Gathering> collectors) {
        List<Match> all = new ArrayList<>();
        collectors.forEach(c -> all.addAll(c.found));
        return all;
    }

    static final class Gathering implements Collector {

        private final List<Match> found = new ArrayList<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues keys = DocValues.getSorted(context.reader(), SearchIndex.KEY);
            SortedDocValues languages = DocValues.getSorted(context.reader(), SearchIndex.LANGUAGE);
            SortedDocValues kinds = DocValues.getSorted(context.reader(), SearchIndex.KIND);
            SortedSetDocValues themes = DocValues.getSortedSet(context.reader(), SearchIndex.THEME);
            SortedSetDocValues countries = DocValues.getSortedSet(context.reader(), SearchIndex.COUNTRY);
            int base = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    found.add(new Match(base + doc, scorer.score(), value(keys, doc), value(languages, doc), value(kinds, doc),
                            values(themes, doc), values(countries, doc)));
                }
            };
        }

        private static String value(SortedDocValues values, int doc) throws IOException {
            return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
        }

        private static List<String> values(SortedSetDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return List.of();
            }
            List<String> all = new ArrayList<>(values.docValueCount());
            for (int i = 0; i < values.docValueCount(); i++) {
                all.add(values.lookupOrd(values.nextOrd()).utf8ToString());
            }
            return all;
        }
    }
}

package eu.cybersudoe.search.internal;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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
 * Collects every matching document with its score and what ordering, grouping and facets need of it (the item as a
 * number, language, kind, themes, countries), read from doc values. The index holds tens of thousands of documents:
 * keeping every match is cheaper than a second pass for the facets.
 */
final class Matches implements CollectorManager<Matches.Gathering, List<Matches.Match>> {

    /** A matching document. */
    record Match(int doc, float score, long item, String language, String kind, List<String> themes, List<String> countries) {
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
            NumericDocValues items = DocValues.getNumeric(context.reader(), SearchIndex.ITEM);
            Single languages = new Single(DocValues.getSorted(context.reader(), SearchIndex.LANGUAGE));
            Single kinds = new Single(DocValues.getSorted(context.reader(), SearchIndex.KIND));
            Several themes = new Several(DocValues.getSortedSet(context.reader(), SearchIndex.THEME));
            Several countries = new Several(DocValues.getSortedSet(context.reader(), SearchIndex.COUNTRY));
            int base = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    found.add(new Match(base + doc, scorer.score(), items.advanceExact(doc) ? items.longValue() : doc,
                            languages.of(doc), kinds.of(doc), themes.of(doc), countries.of(doc)));
                }
            };
        }
    }

    /**
     * The value of a single-valued field, each distinct value read from the segment's dictionary once per search: a
     * field such as the language has four values for thousands of matches.
     */
    private static final class Single {

        private final SortedDocValues values;
        private final String[] read;

        Single(SortedDocValues values) {
            this.values = values;
            this.read = new String[values.getValueCount()];
        }

        String of(int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return "";
            }
            int ord = values.ordValue();
            if (read[ord] == null) {
                read[ord] = values.lookupOrd(ord).utf8ToString();
            }
            return read[ord];
        }
    }

    /** The values of a multi-valued field, each distinct value read once per search. */
    private static final class Several {

        private final SortedSetDocValues values;
        private final String[] read;

        Several(SortedSetDocValues values) {
            this.values = values;
            this.read = new String[(int) values.getValueCount()];
        }

        List<String> of(int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return List.of();
            }
            List<String> all = new ArrayList<>(values.docValueCount());
            for (int i = 0; i < values.docValueCount(); i++) {
                int ord = (int) values.nextOrd();
                if (read[ord] == null) {
                    read[ord] = values.lookupOrd(ord).utf8ToString();
                }
                all.add(read[ord]);
            }
            return all;
        }
    }
}

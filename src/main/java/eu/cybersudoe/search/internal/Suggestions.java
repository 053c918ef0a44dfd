package eu.cybersudoe.search.internal;

import eu.cybersudoe.shared.Language;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * "Did you mean": a word of the query that no language's index knows, even stemmed and folded, is replaced by the
 * closest word of the indexed texts.
 */
final class Suggestions {

    private final IndexReader reader;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Suggestions(IndexReader reader) {
        this.reader = reader;
    }

    /** The query with its unknown words corrected, or null when every word is known or none can be corrected. */
    String correct(String text) {
        try {
            StringBuilder corrected = new StringBuilder();
            boolean changed = false;
            for (String word : text.strip().split("\\s+")) {
                String better = known(word) ? null : closest(word);
                if (!corrected.isEmpty()) {
                    corrected.append(' ');
                }
                corrected.append(better == null ? word : better);
                changed |= better != null;
            }
            return changed ? corrected.toString() : null;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private boolean known(String word) throws IOException {
        for (Language language : Language.values()) {
            List<String> terms = LanguageAnalyzers.terms(language, word);
            if (terms.isEmpty()) {
                return true;
            }
            for (String term : terms) {
                if (reader.docFreq(new Term(LanguageAnalyzers.field(SearchIndex.ALL, language), term)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private String closest(String word) throws IOException {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() < 3) {
            return null;
        }
        SuggestWord[] found = checker.suggestSimilar(new Term(LanguageAnalyzers.SPELL, lower), 1, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return found.length == 0 ? null : found[0].string;
    }
}

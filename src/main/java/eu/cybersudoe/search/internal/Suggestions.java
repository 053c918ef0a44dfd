package eu.cybersudoe.search.internal;

import eu.cybersudoe.shared.Language;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static eu.cybersudoe.search.internal.DocumentBinder.ALL;
import static eu.cybersudoe.search.internal.DocumentBinder.SPELL;

/**
 * "Did you mean": a word of the query that no language's index knows, even stemmed and folded, is replaced by the
 * closest whole word of the documents that match it within two edits (same first letter), the most frequent among
 * the equally close. Asked of the index through Hibernate Search, so the same on either backend.
 */
final class Suggestions {

    private static final int READ = 20;
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

    private final SearchSession session;

    Suggestions(SearchSession session) {
        this.session = session;
    }

    /** The query with its unknown words corrected, or null when every word is known or none can be corrected. */
    String correct(String text) {
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
    }

    /** A word is known when a language's analysis leaves nothing of it (a stop word) or its index has the term. */
    private boolean known(String word) {
        for (Language language : Language.values()) {
            if (LanguageAnalyzers.terms(language, word).isEmpty()) {
                return true;
            }
        }
        return session.search(IndexedDocument.class).where(f -> {
            var any = f.bool();
            for (Language language : Language.values()) {
                any.should(f.match().field(LanguageAnalyzers.field(ALL, language)).matching(word));
            }
            return any;
        }).fetchTotalHitCount() > 0;
    }

    private String closest(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 3) {
            return null;
        }
        List<String> texts = session.search(IndexedDocument.class)
                .select(f -> f.field(SPELL, String.class))
                .where(f -> f.match().field(SPELL).matching(lower).fuzzy(2, 1))
                .fetchHits(READ);
        Map<String, Integer> near = new HashMap<>();
        for (String text : texts) {
            for (String candidate : LanguageAnalyzers.terms(LanguageAnalyzers.words(), text)) {
                if (!candidate.equals(lower) && candidate.charAt(0) == lower.charAt(0) && edits(candidate, lower) <= 2) {
                    near.merge(candidate, 1, Integer::sum);
                }
            }
        }
        return near.entrySet().stream()
                .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> edits(e.getKey(), lower))
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static int edits(String a, String b) {
        return Math.round((1 - DISTANCE.getDistance(a, b)) * Math.max(a.length(), b.length()));
    }
}

package eu.cybersudoe.search.internal;

import eu.cybersudoe.shared.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The analysers of the four languages: words lower-cased and folded to ASCII (so that "formação" and "formacao",
 * "Cibersegurança" and "ciberseguranca" are one word), the language's stop words left out, and each word reduced to
 * its stem by the language's light stemmer ("entreprises" and "entreprise"). French articles before an apostrophe
 * ("l'entreprise") are dropped first. Fields are named after their language ({@code title_fr}, {@code text_pt}…);
 * the field {@code spell} keeps whole words for suggestions. The Lucene backend is given these analysers as they are
 * ({@link LuceneAnalysis}); the Elasticsearch backend is given the same chain by name ({@link ElasticsearchAnalysis}).
 */
final class LanguageAnalyzers {

    /** The name of the analyser that keeps whole words, lower-cased. */
    static final String WORDS_NAME = "words";

    private static final Map<Language, Analyzer> BY_LANGUAGE = new EnumMap<>(Language.class);
    private static final Analyzer WORDS = new Words();

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new Stemming(language));
        }
    }

    private LanguageAnalyzers() {
    }

    static Analyzer of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** The name the index knows a language's analyser by: its code. */
    static String name(Language language) {
        return language.code();
    }

    /** The field of a language: {@code title_fr}. */
    static String field(String name, Language language) {
        return name + "_" + language.code();
    }

    /** The terms a text gives in a language, in order: what the index keeps of it. */
    static List<String> terms(Language language, String text) {
        return terms(of(language), text);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return terms;
    }

    /** Whole words, lower-cased: the analyser of the field kept for spelling suggestions. */
    static Analyzer words() {
        return WORDS;
    }

    /** The stop words of a language as the folded words they match. */
    static CharArraySet foldedStopWords(Language language) {
        CharArraySet words = switch (language) {
            case FR -> FrenchAnalyzer.getDefaultStopSet();
            case ES -> SpanishAnalyzer.getDefaultStopSet();
            case PT -> PortugueseAnalyzer.getDefaultStopSet();
            case EN -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        };
        CharArraySet folded = new CharArraySet(words.size(), true);
        for (Object word : words) {
            char[] chars = word instanceof char[] c ? c : word.toString().toCharArray();
            char[] out = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
            folded.add(new String(out, 0, length));
        }
        return CharArraySet.unmodifiableSet(folded);
    }

    /** Stemming with accents folded, in one language. */
    private static final class Stemming extends Analyzer {

        private final Language language;
        private final CharArraySet stopWords;

        Stemming(Language language) {
            this.language = language;
            this.stopWords = foldedStopWords(language);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = source;
            if (language == Language.FR) {
                stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            }
            if (language == Language.EN) {
                stream = new EnglishPossessiveFilter(stream);
            }
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, stopWords);
            stream = switch (language) {
                case FR -> new FrenchLightStemFilter(stream);
                case ES -> new SpanishLightStemFilter(stream);
                case PT -> new PortugueseLightStemFilter(stream);
                case EN -> new PorterStemFilter(stream);
            };
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** Whole words, lower-cased, for spelling suggestions. */
    private static final class Words extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    }
}

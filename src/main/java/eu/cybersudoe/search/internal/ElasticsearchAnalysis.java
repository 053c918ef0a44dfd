package eu.cybersudoe.search.internal;

import eu.cybersudoe.shared.Language;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import java.util.ArrayList;
import java.util.List;

/**
 * The Elasticsearch or OpenSearch backend's analysers: the chain of {@link LanguageAnalyzers} written with the
 * server's own filters (standard tokenizer, French elision, English possessives, lower case, ASCII folding, the
 * language's stop words folded as {@link LanguageAnalyzers} folds them, the language's light stemmer or Porter's).
 */
final class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("elision_fr").type("elision").param("articles_case", true)
                .param("articles", words(FrenchAnalyzer.DEFAULT_ARTICLES));
        context.tokenFilter("possessive_en").type("stemmer").param("language", "possessive_english");
        for (Language language : Language.values()) {
            String code = language.code();
            context.tokenFilter("stop_" + code).type("stop").param("ignore_case", true)
                    .param("stopwords", words(LanguageAnalyzers.foldedStopWords(language)));
            context.tokenFilter("stem_" + code).type("stemmer").param("language", switch (language) {
                case FR -> "light_french";
                case ES -> "light_spanish";
                case PT -> "light_portuguese";
                case EN -> "porter";
            });
            List<String> filters = new ArrayList<>();
            if (language == Language.FR) {
                filters.add("elision_fr");
            }
            if (language == Language.EN) {
                filters.add("possessive_en");
            }
            filters.addAll(List.of("lowercase", "asciifolding", "stop_" + code, "stem_" + code));
            context.analyzer(LanguageAnalyzers.name(language)).custom().tokenizer("standard")
                    .tokenFilters(filters.toArray(String[]::new));
        }
        context.analyzer(LanguageAnalyzers.WORDS_NAME).custom().tokenizer("standard").tokenFilters("lowercase");
    }

    private static String[] words(Iterable<?> set) {
        List<String> words = new ArrayList<>();
        for (Object word : set) {
            words.add(word instanceof char[] chars ? new String(chars) : word.toString());
        }
        return words.toArray(String[]::new);
    }
}

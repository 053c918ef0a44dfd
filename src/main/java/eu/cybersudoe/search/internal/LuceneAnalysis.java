package eu.cybersudoe.search.internal;

import eu.cybersudoe.shared.Language;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The embedded Lucene backend's analysers: those of {@link LanguageAnalyzers}, as they are. */
final class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (Language language : Language.values()) {
            context.analyzer(LanguageAnalyzers.name(language)).instance(LanguageAnalyzers.of(language));
        }
        context.analyzer(LanguageAnalyzers.WORDS_NAME).instance(LanguageAnalyzers.words());
    }
}

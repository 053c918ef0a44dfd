package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.search.FeedEntry;
import eu.cybersudoe.search.FeedFilter;
import eu.cybersudoe.search.FeedSource;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The feed of the public list of self-assessment tools ({@code /diagnostics}): one entry per questionnaire, published
 * when its first version was first offered and updated when its current version was, in the reader's language where
 * it is written in it.
 */
@Component
class DiagnosticFeedSource implements FeedSource {

    private final Questionnaires questionnaires;
    private final QuestionnaireReleases releases;

    DiagnosticFeedSource(Questionnaires questionnaires, QuestionnaireReleases releases) {
        this.questionnaires = questionnaires;
        this.releases = releases;
    }

    @Override
    public String name() {
        return "diagnostics";
    }

    @Override
    public String listPath() {
        return "/diagnostics";
    }

    @Override
    public String titleKey() {
        return "search.feed.diagnostics";
    }

    @Override
    public Set<Filter> filters() {
        return Set.of();
    }

    @Override
    public List<FeedEntry> entries(Language language, FeedFilter filter) {
        return questionnaires.current().stream()
                .map(questionnaire -> entry(questionnaire, language))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::id))
                .toList();
    }

    private Optional<FeedEntry> entry(Questionnaire questionnaire, Language language) {
        LocalizedText.Shown title = questionnaire.title().in(language);
        return releases.of(questionnaire).map(dates -> new FeedEntry("diagnostic-" + questionnaire.code(), title.text(),
                questionnaire.description().in(title.language()).text(), null, "/diagnostics#q-" + questionnaire.code(),
                title.language(), dates.first(), dates.current()));
    }
}

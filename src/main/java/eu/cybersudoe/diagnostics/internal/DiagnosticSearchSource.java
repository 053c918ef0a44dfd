package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.search.SearchSource;
import eu.cybersudoe.search.Searchable;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The self-assessment tools as the search index sees them: one document per questionnaire and language, with its
 * description and the titles of its dimensions, leading to the list of tools where it is started. Questionnaires
 * are files of the release, so the index takes them at each rebuild; assessments are private and never indexed.
 */
@Component
class DiagnosticSearchSource implements SearchSource {

    private final Questionnaires questionnaires;

    DiagnosticSearchSource(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    public String kind() {
        return "diagnostic";
    }

    @Override
    public Stream<Searchable> all() {
        return questionnaires.current().stream().flatMap(q -> documents(q).stream());
    }

    @Override
    public List<Searchable> documents(String id) {
        return questionnaires.current(id).map(DiagnosticSearchSource::documents).orElse(List.of());
    }

    private static List<Searchable> documents(Questionnaire questionnaire) {
        return Stream.of(Language.values()).filter(l -> questionnaire.title().texts().containsKey(l))
                .map(language -> new Searchable("diagnostic", questionnaire.code(), language,
                        questionnaire.title().in(language).text(),
                        questionnaire.description().in(language).text() + "\n" + questionnaire.dimensions().stream()
                                .map(d -> d.title().in(language).text()).collect(Collectors.joining(" · ")),
                        "/diagnostics#q-" + questionnaire.code(),
                        questionnaire.theme() == null ? List.of() : List.of(questionnaire.theme()), List.of(), List.of(), null, false))
                .toList();
    }
}

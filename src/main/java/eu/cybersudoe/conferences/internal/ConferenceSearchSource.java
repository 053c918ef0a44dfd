package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.search.SearchSource;
import eu.cybersudoe.search.Searchable;
import eu.cybersudoe.shared.Language;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Conferences as the search index sees them: one document per language the conference is written in. A conference
 * on the agenda (published, then cancelled or closed) is public; a draft is seen by its organisers' staff only, in
 * the back-office search.
 */
@Component
class ConferenceSearchSource implements SearchSource {

    static final String KIND = "conference";

    private final ConferenceStore conferences;

    ConferenceSearchSource(ConferenceStore conferences) {
        this.conferences = conferences;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Stream<Searchable> all() {
        return conferences.everyOne().flatMap(c -> documents(c).stream());
    }

    @Override
    public List<Searchable> documents(String id) {
        try {
            return conferences.find(Long.parseLong(id)).map(ConferenceSearchSource::documents).orElse(List.of());
        } catch (NumberFormatException notOurs) {
            return List.of();
        }
    }

    static List<Searchable> documents(Conference conference) {
        ConferenceDetails details = conference.details();
        boolean onAgenda = conference.isPublic();
        Set<Language> written = EnumSet.noneOf(Language.class);
        written.addAll(details.title().texts().keySet());
        written.addAll(details.description().texts().keySet());
        List<String> partners = new ArrayList<>();
        partners.add(conference.partnerId());
        partners.addAll(details.coOrganisers());
        String place = Stream.of(details.venue(), details.city(), details.speakers()).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        return written.stream().map(language -> new Searchable(KIND, Long.toString(conference.id()), language,
                        details.title().in(language).text(),
                        details.description().in(language).text() + "\n" + place,
                        (onAgenda ? "/conferences/" : "/office/conferences/") + conference.id(),
                        details.themes(), details.country() == null ? List.of() : List.of(details.country().name()),
                        partners, details.startsAt(), !onAgenda))
                .toList();
    }
}

package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.community.CommentTarget;
import eu.cybersudoe.shared.Language;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Public conferences take comments, shown under their page; the organisers' staff moderate them. */
@Component
public class ConferenceComments implements CommentTarget {

    public static final String KIND = "conference";

    private final ConferenceStore conferences;

    ConferenceComments(ConferenceStore conferences) {
        this.conferences = conferences;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Commented> find(String id, Language language) {
        return CommentTarget.numericId(id).flatMap(conferences::find).filter(Conference::isPublic)
                .map(c -> new Commented(c.title().in(language).text(), "/conferences/" + c.id(), java.util.Set.copyOf(c.organisers())));
    }
}

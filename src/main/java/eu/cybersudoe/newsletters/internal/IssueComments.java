package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.community.CommentTarget;
import eu.cybersudoe.shared.Language;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The issues of the public archive take comments, shown under their page (by issue number). */
@Component
public class IssueComments implements CommentTarget {

    public static final String KIND = "newsletter-issue";

    private final Archive archive;

    IssueComments(Archive archive) {
        this.archive = archive;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Commented> find(String id, Language language) {
        if (id == null || !id.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return archive.issue(Integer.parseInt(id), language)
                .map(issue -> new Commented(issue.variant().subject(), "/newsletters/" + issue.number()));
    }
}

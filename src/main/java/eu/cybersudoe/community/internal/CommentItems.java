package eu.cybersudoe.community.internal;

import eu.cybersudoe.community.CommentTarget;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The items that take comments, found through the {@link CommentTarget} beans of other modules. */
@Component
public class CommentItems {

    private final List<CommentTarget> targets;

    CommentItems(List<CommentTarget> targets) {
        this.targets = targets;
    }

    /** The item commented, when a target knows it and shows it publicly. */
    public Optional<CommentTarget.Commented> find(String kind, String id, Language language) {
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst().flatMap(t -> t.find(id, language));
    }

    /** Whether the person is staff of a partner answering for the item, and so moderates its comments. */
    boolean answersFor(Discussion thread, SignedInUser user) {
        return user != null && user.role().isPartnerStaff() && user.partnerId() != null && thread.targetKind() != null
                && find(thread.targetKind(), thread.targetId(), Language.DEFAULT)
                .map(item -> item.partners().contains(user.partnerId())).orElse(false);
    }
}

package eu.cybersudoe.community;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.SignedInUser;

import java.time.Instant;
import java.util.List;

/**
 * The comments under an item of another module, for its page: the module implementing
 * {@link CommentTarget} asks for them and includes the {@code community/comments} template.
 */
public interface CommentThreads {

    /** The visible comments of an item, oldest first, and what the reader may do. */
    Thread thread(String kind, String id, Language language, SignedInUser reader);

    /**
     * The comments of an item.
     *
     * @param kind     the item's kind
     * @param id       the item's id
     * @param comments    the comments shown (hidden, pending and deleted ones as a short notice, except to moderators)
     * @param mayPost     whether the reader may comment (signed in and not muted in this thread)
     * @param mayModerate whether the reader moderates the thread (network admins, staff answering for the item)
     */
    record Thread(String kind, String id, List<Comment> comments, boolean mayPost, boolean mayModerate) {
    }

    /**
     * A comment as shown.
     *
     * @param html    the sanitised HTML, or null when it is not shown (see {@code state})
     * @param state   {@code visible}, {@code pending}, {@code hidden} or {@code deleted}
     * @param reports how many people reported it
     * @param mutable whether a moderator may mute its author in this thread (an author who is not the reader)
     */
    record Comment(long id, String authorName, String language, String html, String state, Instant at, boolean own,
                   int reports, boolean mutable) {
    }
}

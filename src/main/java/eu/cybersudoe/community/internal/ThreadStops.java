package eu.cybersudoe.community.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/** The one-click "stop this thread" of the notification mails, by signed token with a last day. */
@Service
public class ThreadStops {

    private final ThreadTokens tokens;
    private final Follows follows;
    private final Discussions discussions;
    private final Clock clock;

    ThreadStops(ThreadTokens tokens, Follows follows, Discussions discussions, Clock clock) {
        this.tokens = tokens;
        this.follows = follows;
        this.discussions = discussions;
        this.clock = clock;
    }

    /**
     * What a link names: the thread's title, whether the link has expired (then it stops nothing; the member signs
     * in and stops the thread from its page) and that page.
     */
    public record Stop(String title, boolean expired, String path) {
    }

    private static String path(Discussion d) {
        return d.groupId() != null ? "/community/discussions/" + d.id() : "/community/activity";
    }

    /**
     * The thread the token names, when the token is authentic. Not read-only: the first token read on a new database
     * makes the shared secret.
     */
    @Transactional
    public Optional<Stop> read(String token) {
        return tokens.read(token).flatMap(t -> discussions.find(t.discussionId()).map(d -> new Stop(d.title(), t.expired(), path(d))));
    }

    /** Stops the thread for the token's account unless the link has expired; what the token named, when authentic. */
    @Transactional
    public Optional<Stop> stop(String token) {
        return tokens.read(token).flatMap(t -> discussions.find(t.discussionId()).map(d -> {
            if (!t.expired()) {
                follows.stopDiscussion(t.accountId(), d.id(), clock.instant());
            }
            return new Stop(d.title(), t.expired(), path(d));
        }));
    }
}

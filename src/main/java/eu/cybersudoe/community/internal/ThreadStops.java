package eu.cybersudoe.community.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/** The one-click "stop this thread" of the notification mails, by signed token. */
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
     * The title of the thread the token names, when the token is valid. Not read-only: the first
     * token read on a new database makes the shared secret.
     */
    @Transactional
    public Optional<String> title(String token) {
        return tokens.read(token).flatMap(t -> discussions.find(t.discussionId())).map(Discussion::title);
    }

    /** Stops the thread for the token's account; the title, when the token was valid. */
    @Transactional
    public Optional<String> stop(String token) {
        return tokens.read(token).flatMap(t -> discussions.find(t.discussionId()).map(d -> {
            follows.stopDiscussion(t.accountId(), d.id(), clock.instant());
            return d.title();
        }));
    }
}

package eu.cybersudoe.community.internal;

import java.time.Instant;

/**
 * A post: a discussion's opening text, a reply or a comment.
 *
 * @param authorId   the account, or null once it was erased
 * @param authorName the name shown, or null once the account was erased
 * @param language   the language tag (fr, es, pt, en)
 * @param body       the Markdown as written
 * @param heldFor    why it waits or is hidden: {@code FIRST_POST}, {@code LINKS}, {@code REPORTS} or {@code MODERATOR}
 * @param editedAt   its last edit, or null
 */
public record Post(long id, long discussionId, Long authorId, String authorName, Long companyId, String partnerId,
                   String country, String language, String body, Long quotedPostId, PostStatus status, String heldFor,
                   int reports, Instant createdAt, Instant editedAt) {

    public boolean by(long accountId) {
        return authorId != null && authorId == accountId;
    }
}

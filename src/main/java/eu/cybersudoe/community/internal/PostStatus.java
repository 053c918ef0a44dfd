package eu.cybersudoe.community.internal;

/** Where a post stands. */
public enum PostStatus {
    /** Shown to everyone who may read the discussion. */
    VISIBLE,
    /** Waiting for a moderator: a new member's first post, or a link from a new member. */
    PENDING,
    /** Hidden by three reports or by a moderator, until a moderator decides. */
    HIDDEN,
    /** Deleted by its author or a moderator. */
    DELETED,
    /** Its author erased their account and did not keep their texts. */
    ERASED;

    /** The state as the templates' keys name it. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

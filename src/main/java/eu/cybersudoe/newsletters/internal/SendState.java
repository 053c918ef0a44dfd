package eu.cybersudoe.newsletters.internal;

/** Where one recipient's copy of an issue stands. */
public enum SendState {
    /** Waiting for a worker. */
    PENDING,
    /** Claimed by a worker of a node, being submitted. */
    SENDING,
    /** Accepted by the relay (its Message-ID is kept). */
    DELIVERED,
    /** Temporarily refused, to be tried again after a back-off. */
    DEFERRED,
    /** Permanently refused (or refused too many times); the address is suppressed. */
    FAILED,
    /** Claimed by a node that stopped before recording a result: it may or may not have gone; never resent. */
    UNCERTAIN,
    /** Not sent: the address is suppressed (unsubscribed, bounced, complained). */
    SUPPRESSED,
    /** Not sent: the issue was cancelled. */
    CANCELLED;

    /** Whether a worker may still pick it up. */
    public boolean open() {
        return this == PENDING || this == DEFERRED;
    }
}

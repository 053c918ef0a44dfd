package eu.cybersudoe.newsletters.internal;

/** Where one recipient's copy of an issue stands. */
public enum SendState {
    /** Waiting for a worker. */
    PENDING,
    /** Claimed by a worker of a node, not handed to the relay yet: sent by another node if this one stops. */
    CLAIMED,
    /** Handed by a worker of a node to the relay (in a step of a few copies), its reply not recorded yet. */
    SENDING,
    /** Accepted by the relay (its Message-ID is kept). */
    DELIVERED,
    /** Temporarily refused, to be tried again after a back-off. */
    DEFERRED,
    /** Permanently refused (or refused too many times); the address is suppressed. */
    FAILED,
    /**
     * Handed to the relay by a node that stopped before recording the reply: it may or may not have gone; sent
     * again only when a network admin decides so.
     */
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

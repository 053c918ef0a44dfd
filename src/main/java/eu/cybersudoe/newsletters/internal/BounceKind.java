package eu.cybersudoe.newsletters.internal;

/**
 * What a message of the bounce mailbox is. Only the first four are recorded; ignored messages
 * (auto-replies, notices of a successful delivery) are removed without a trace.
 */
public enum BounceKind {
    /** A permanent failure (5.x.x), the mailbox full (5.2.2) and policy refusals (5.7.x) excepted. */
    HARD,
    /** A temporary failure (4.x.x), a delay, a full mailbox or a refusal for policy reasons. */
    SOFT,
    /** A complaint of the recipient through a feedback loop (ARF, feedback type abuse). */
    COMPLAINT,
    /** Not understood: recorded and counted, nothing done. */
    UNRECOGNISED,
    /** An auto-reply (out of office) or a notice that the copy was delivered. */
    IGNORED;

    /** The kinds that are recorded, in the order of the bounce page. */
    public static final java.util.List<BounceKind> RECORDED = java.util.List.of(HARD, SOFT, COMPLAINT, UNRECOGNISED);
}

package eu.cybersudoe.newsletters.internal;

/**
 * Hands messages to where mail goes, one at a time. Each delivery worker owns one courier (with
 * SMTP: one persistent connection), so a courier is never used by two threads at once.
 */
interface Courier extends AutoCloseable {

    Outcome send(Letter letter);

    /** Releases the connection, if any. */
    @Override
    void close();
}

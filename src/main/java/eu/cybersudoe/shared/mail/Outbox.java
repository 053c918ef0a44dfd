package eu.cybersudoe.shared.mail;

import java.util.Optional;

/**
 * The messages written to the outbox folder ({@code <data-dir>/outbox}) while no SMTP relay is
 * configured, read back for the back office: newest first, a page at a time, and one by one.
 *
 * <p>Ids are the outbox's own: a string that is not one of them (a path, {@code ../}, anything
 * odd) finds nothing, and no file outside the outbox is ever opened.
 */
public interface Outbox {

    /** The largest page {@link #list} gives. */
    int MAX_PAGE_SIZE = 200;

    /**
     * One page of messages, newest first.
     *
     * @param page the page number, from 1; a page past the end is empty
     * @param size how many messages a page holds, from 1 to {@value #MAX_PAGE_SIZE}
     */
    OutboxPage list(int page, int size);

    /** One message, or empty when the outbox holds none with that id. */
    Optional<OutboxMessage> find(String id);
}

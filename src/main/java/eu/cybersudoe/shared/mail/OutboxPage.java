package eu.cybersudoe.shared.mail;

import java.util.List;

/**
 * A page of the outbox.
 *
 * @param entries the messages on it, newest first
 * @param number  its number, from 1
 * @param size    how many messages a page holds
 * @param total   how many messages the outbox holds
 */
public record OutboxPage(List<OutboxEntry> entries, int number, int size, long total) {

    public OutboxPage {
        entries = List.copyOf(entries);
    }

    /** How many pages the outbox fills (at least 1). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return (long) number * size < total;
    }
}

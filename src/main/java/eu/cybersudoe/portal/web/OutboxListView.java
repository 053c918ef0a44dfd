package eu.cybersudoe.portal.web;

import java.util.List;

/**
 * A page of the mail outbox, for {@code portal/outbox.jte}.
 *
 * @param rows         the messages, newest first
 * @param page         this page's number, from 1
 * @param pages        how many pages there are
 * @param total        how many messages the outbox holds
 * @param previousHref the previous page, or {@code null} on the first
 * @param nextHref     the next page, or {@code null} on the last
 */
public record OutboxListView(List<OutboxRow> rows, int page, int pages, long total, String previousHref, String nextHref) {
}

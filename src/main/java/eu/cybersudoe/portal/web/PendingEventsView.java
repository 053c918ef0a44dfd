package eu.cybersudoe.portal.web;

import java.util.List;

/**
 * The incomplete event publications, for {@code portal/events.jte}.
 *
 * @param total how many there are (the rows show the oldest ones)
 * @param rows  the oldest first
 */
public record PendingEventsView(long total, List<Row> rows) {

    /**
     * One publication.
     *
     * @param moduleKey   the message key of the module whose listener owes it
     * @param statusKey   the message key of its status
     * @param resubmitted when it was last submitted again, shown, or null
     */
    public record Row(String id, String moduleKey, String listener, String event, String published, String publishedIso,
                      String statusKey, int attempts, String resubmitted) {
    }
}

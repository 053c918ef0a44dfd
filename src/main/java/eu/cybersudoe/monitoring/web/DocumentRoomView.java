package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.shared.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The evaluator's document room.
 *
 * @param admin whether the reader may see the access log
 */
public record DocumentRoomView(List<Row> documents, boolean admin) {

    /** A document: its link is {@code collection/key}. */
    public record Row(String collection, String key, LocalizedText.Shown title, LocalizedText.Shown category, LocalDate date) {
    }

    /** The access log. */
    public record Log(List<Access> accesses) {
    }

    /**
     * An access.
     *
     * @param actionKey the message key of the action (viewed, downloaded)
     */
    public record Access(String title, String actionKey, String who, Instant at) {
    }
}

package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.LocalizedText;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An alert the daily check keeps (MON-2): raised by an {@link AlertSource} or by the comparison of
 * measured and forecast values, then acknowledged and resolved by people. While it is open or
 * acknowledged the same rule and subject are not raised again.
 *
 * @param id          its number
 * @param rule        the rule that raised it
 * @param subject     what it is about within the rule
 * @param partner     the partner concerned, empty for the whole network
 * @param severity    how urgent it is (the latest check's)
 * @param explanation a plain sentence in each language
 * @param state       where it stands
 * @param raisedOn    the day it was first raised
 * @param lastSeenOn  the last day a check still found it
 */
public record Alert(long id, String rule, String subject, Optional<PartnerId> partner, AlertSeverity severity,
                    LocalizedText explanation, State state, LocalDate raisedOn, LocalDate lastSeenOn) {

    public Alert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(state, "state");
    }

    /** The state an acknowledgement leads to; only an open alert is acknowledged. */
    public State acknowledged() {
        if (state != State.OPEN) {
            throw new AlertRefused("monitoring.alert.refused.notOpen");
        }
        return State.ACKNOWLEDGED;
    }

    /** The state a resolution leads to: from open or acknowledged, with a comment saying what was done. */
    public State resolved(String comment) {
        if (state == State.RESOLVED) {
            throw new AlertRefused("monitoring.alert.refused.resolved");
        }
        if (comment == null || comment.isBlank()) {
            throw new AlertRefused("monitoring.alert.refused.commentNeeded");
        }
        return State.RESOLVED;
    }

    /** Where an alert stands. */
    public enum State {
        /** Raised, nobody has taken it up yet. */
        OPEN,
        /** Someone said they are on it; it stays listed and is not raised again. */
        ACKNOWLEDGED,
        /** Done: by a person with a comment, or by the check once it no longer holds. */
        RESOLVED;

        /** The code used in URLs and message keys, such as {@code open}. */
        public String code() {
            return name().toLowerCase();
        }
    }
}

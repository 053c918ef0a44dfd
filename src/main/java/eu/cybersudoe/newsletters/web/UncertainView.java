package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.UncertainCopies;

import java.time.Instant;
import java.util.List;

/**
 * An issue's uncertain copies for a network admin: those awaiting a decision and the decisions taken.
 *
 * @param awaiting  the copies awaiting a decision
 * @param decisions the decisions taken, the latest first
 * @param resendable whether the issue may still send (not cancelled)
 */
public record UncertainView(List<UncertainCopies.Copy> awaiting, List<Decision> decisions, boolean resendable) {

    /** A decision with the name of the person who took it. */
    public record Decision(UncertainCopies.Decision decision, long copies, String decidedBy, Instant decidedAt) {
    }

    public boolean empty() {
        return awaiting.isEmpty() && decisions.isEmpty();
    }
}

package eu.cybersudoe.committees.internal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A deliverable of the proposal in the technical committee's register, whose moves refuse what
 * its state does not allow: planned, in progress, submitted, then validated by the technical
 * committee with its decision's number, or returned with comments and submitted again.
 *
 * @param decisionId the technical committee's decision that validated it, or null
 * @param comments   the committee's comments when it was returned, or null
 */
public record Deliverable(long id, String code, String workPackage, Kind kind, String title, String termsOfReference,
                          String ownerPartnerId, LocalDate dueOn, State state, Long decisionId, String comments) {

    /** What the deliverable is. */
    public enum Kind { GUIDE, VIDEO, DIAGNOSTIC_TOOL, CHARTER, NEWSLETTER, EVALUATION_SHEET, REPORT, OTHER }

    /** Where it stands. */
    public enum State {
        PLANNED, IN_PROGRESS, SUBMITTED, VALIDATED, RETURNED;

        /** Whether the owner still owes it to the committee. */
        public boolean owed() {
            return this == PLANNED || this == IN_PROGRESS || this == RETURNED;
        }
    }

    Optional<Deliverable> start() {
        return state == State.PLANNED ? Optional.of(with(State.IN_PROGRESS, decisionId, comments)) : Optional.empty();
    }

    Optional<Deliverable> submit() {
        return state == State.IN_PROGRESS || state == State.RETURNED
                ? Optional.of(with(State.SUBMITTED, null, comments)) : Optional.empty();
    }

    Optional<Deliverable> validate(long decision) {
        return state == State.SUBMITTED ? Optional.of(with(State.VALIDATED, decision, null)) : Optional.empty();
    }

    Optional<Deliverable> giveBack(String withComments) {
        return state == State.SUBMITTED && withComments != null && !withComments.isBlank()
                ? Optional.of(with(State.RETURNED, null, withComments.strip())) : Optional.empty();
    }

    /** Whether it is late on a day: still owed after its due date. */
    public boolean lateOn(LocalDate day) {
        return state.owed() && dueOn.isBefore(day);
    }

    private Deliverable with(State next, Long decision, String text) {
        return new Deliverable(id, code, workPackage, kind, title, termsOfReference, ownerPartnerId, dueOn, next, decision, text);
    }
}

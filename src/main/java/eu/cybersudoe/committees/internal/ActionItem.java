package eu.cybersudoe.committees.internal;

import java.time.LocalDate;

/**
 * An action decided at a meeting, owned by one person.
 *
 * @param ownerPartnerId the partner the owner represented when it was given, or null
 */
public record ActionItem(long id, long meetingId, Long agendaItemId, String title, long ownerId, String ownerPartnerId,
                         LocalDate dueOn, Status status, LocalDate remindedOn) {

    /** Where the action stands. */
    public enum Status {
        OPEN, IN_PROGRESS, DONE, CANCELLED;

        public boolean open() {
            return this == OPEN || this == IN_PROGRESS;
        }
    }

    /** Whether it is still open after its due date. */
    public boolean overdueOn(LocalDate day) {
        return status.open() && dueOn.isBefore(day);
    }
}

package eu.cybersudoe.committees.internal;

import java.util.List;

/** What the committees owe people once a change has committed: the e-mails are sent by {@link CommitteeMails}. */
final class CommitteeEvents {

    private CommitteeEvents() {
    }

    /** Invitations to send, with the calendar file, to the people newly invited. */
    record InvitationsDue(long meetingId, List<Long> accountIds) {
    }

    /** A reminder to send to an action's owner. */
    record ActionReminderDue(long actionId) {
    }
}

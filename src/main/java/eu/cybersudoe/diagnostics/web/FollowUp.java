package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.PeerComparison;
import eu.cybersudoe.diagnostics.internal.Reassessment;
import eu.cybersudoe.diagnostics.internal.RetakeInvitationStore;

import java.time.LocalDate;
import java.util.List;

/**
 * What a result page shows beyond the scores: the peer comparison, the progress since the
 * company's first assessment, and the reminders to take it again.
 *
 * @param peers     the comparison, or null when no group is large enough
 * @param progress  the progress, or null when this is not a later assessment of a company
 * @param mayRemind whether the signed-in person may plan a reminder for the company
 * @param planned   the days of the reminders already planned for this questionnaire
 * @param zone      the platform's time zone, for days
 */
public record FollowUp(PeerComparison.Peers peers, Reassessment progress, boolean mayRemind, List<LocalDate> planned,
                       java.time.ZoneId zone) {

    /** The delays offered for a reminder, in months. */
    public static final List<Integer> MONTHS = List.of(3, 6, 12);

    /** A change of score with its sign, such as +12 or −3; a dash when unknown. */
    public static String signed(Integer delta) {
        if (delta == null) {
            return "–";
        }
        return delta > 0 ? "+" + delta : delta < 0 ? "−" + (-delta) : "0";
    }

    /** The day the first assessment was completed. */
    public LocalDate firstDay() {
        return progress.first().completedAt().atZone(zone).toLocalDate();
    }

    static List<LocalDate> days(List<RetakeInvitationStore.Invitation> invitations, java.time.ZoneId zone) {
        return invitations.stream().map(i -> i.due().atZone(zone).toLocalDate()).toList();
    }
}

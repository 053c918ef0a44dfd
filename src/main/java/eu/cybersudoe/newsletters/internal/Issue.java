package eu.cybersudoe.newsletters.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issue of the programme.
 *
 * @param id          its identifier
 * @param number      its number in the programme (1 to 20)
 * @param plannedOn   the day it is planned for
 * @param state       where it stands
 * @param segmentId   the saved segment it goes to, or null for every contact with newsletter consent
 * @param scheduledAt when it is to be launched, or null
 * @param approvedBy  the account of the network admin who approved it, or null
 * @param approvedAt  when, or null
 * @param launchedAt  when its audience was frozen, or null
 * @param finishedAt  when its last result was recorded (or it was cancelled), or null
 */
public record Issue(long id, int number, LocalDate plannedOn, IssueState state, Long segmentId, Instant scheduledAt,
                    Long approvedBy, Instant approvedAt, Instant launchedAt, Instant finishedAt) {

    /** Whether its planned day has passed while it is still a draft. */
    public boolean overdue(LocalDate today) {
        return state == IssueState.DRAFT && plannedOn.isBefore(today);
    }
}

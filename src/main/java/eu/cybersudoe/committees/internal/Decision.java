package eu.cybersudoe.committees.internal;

import java.time.LocalDate;

/**
 * A numbered decision of a committee's register.
 *
 * @param number       its number in the committee's register, from 1
 * @param agendaItemId the agenda item it relates to, or null
 * @param votesFor     with {@link Mode#VOTE}: the votes; null for a consensus
 */
public record Decision(long id, long groupId, int number, long meetingId, Long agendaItemId, String text, LocalDate decidedOn,
                       Mode mode, Integer votesFor, Integer votesAgainst, Integer abstentions) {

    /** How it was taken. */
    public enum Mode { CONSENSUS, VOTE }
}

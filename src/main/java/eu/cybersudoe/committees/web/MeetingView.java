package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.internal.ActionItem;
import eu.cybersudoe.committees.internal.Decision;
import eu.cybersudoe.committees.internal.Meeting;
import eu.cybersudoe.committees.internal.MeetingStore;
import eu.cybersudoe.shared.web.FieldErrors;

import java.util.List;
import java.util.Map;

/**
 * A meeting's page. Those who do not belong to the group ({@code readsAll} false) see its date,
 * place and agenda, and the minutes and decisions once approved.
 *
 * @param previous         the group's meeting before this one, whose minutes this one may approve, or null
 * @param approvedIn       the meeting that approved these minutes, or null
 * @param names            people's names by account
 * @param decisionNumbers  each decision's number as the register shows it
 */
public record MeetingView(Group group, Meeting meeting, String title, String when, boolean held, boolean readsAll, boolean runs,
                          Meeting previous, String previousTitle, Meeting approvedIn, String approvedInTitle,
                          List<MeetingStore.AgendaItem> agenda, List<MeetingStore.Invitation> invitations,
                          MeetingStore.Invitation mine, List<MeetingStore.Guest> guests, List<Decision> decisions,
                          Map<Long, String> decisionNumbers, List<ActionItem> actions, Map<Long, String> names,
                          Map<String, String> partners, DecisionForm decisionForm, FieldErrors decisionErrors,
                          ActionForm actionForm, FieldErrors actionErrors) {

    public boolean showsMinutes() {
        return readsAll || meeting.approved();
    }
}

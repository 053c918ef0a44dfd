package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.internal.ActionItem;
import eu.cybersudoe.committees.internal.AgendaDocuments;
import eu.cybersudoe.committees.internal.Decision;
import eu.cybersudoe.committees.internal.Meeting;
import eu.cybersudoe.committees.internal.MeetingStore;
import eu.cybersudoe.committees.internal.ReviewedEditions;
import eu.cybersudoe.companies.CompanyProfiles;
import eu.cybersudoe.monitoring.Edition;
import eu.cybersudoe.shared.web.FieldErrors;

import java.util.List;
import java.util.Map;

/**
 * A meeting's page. Those who do not belong to the group ({@code readsAll} false) see its date,
 * place and agenda, and the minutes, decisions and agenda documents once approved.
 *
 * @param previous         the group's meeting before this one, whose minutes this one may approve, or null
 * @param approvedIn       the meeting that approved these minutes, or null
 * @param names            people's names by account
 * @param decisionNumbers  each decision's number as the register shows it
 * @param documents        the agenda's documents the person may read
 * @param reviewed         the closed semester edition of the dashboard the meeting reviews, or null
 * @param closedEditions   the editions that may be attached, for those who run the meeting
 * @param guestCandidates  the support structures and software editors that may be invited as guests, for those who run it
 * @param refusal          a refused small form (details, agenda, answer, document, edition) with what was typed
 */
public record MeetingView(Group group, Meeting meeting, String title, String when, boolean held, boolean readsAll, boolean runs,
                          Meeting previous, String previousTitle, Meeting approvedIn, String approvedInTitle,
                          List<MeetingStore.AgendaItem> agenda, List<MeetingStore.Invitation> invitations,
                          MeetingStore.Invitation mine, List<MeetingStore.Guest> guests, List<Decision> decisions,
                          Map<Long, String> decisionNumbers, List<ActionItem> actions, Map<Long, String> names,
                          Map<String, String> partners, List<AgendaDocuments.Document> documents,
                          ReviewedEditions.Reviewed reviewed, List<Edition> closedEditions,
                          List<CompanyProfiles.Named> guestCandidates, DecisionForm decisionForm,
                          FieldErrors decisionErrors, ActionForm actionForm, FieldErrors actionErrors, Refusal refusal) {

    public boolean showsMinutes() {
        return readsAll || meeting.approved();
    }

    /** The documents attached to one agenda item. */
    public List<AgendaDocuments.Document> documentsOf(long agendaItemId) {
        return documents.stream().filter(d -> d.agendaItemId() == agendaItemId).toList();
    }
}

package eu.cybersudoe.committees.web;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.internal.ActionItem;
import eu.cybersudoe.committees.internal.AgendaDocuments;
import eu.cybersudoe.committees.internal.Decision;
import eu.cybersudoe.committees.internal.GroupRights;
import eu.cybersudoe.committees.internal.GroupStore;
import eu.cybersudoe.committees.internal.Meeting;
import eu.cybersudoe.committees.internal.MeetingStore;
import eu.cybersudoe.committees.internal.MeetingTitles;
import eu.cybersudoe.committees.internal.MinutesDocuments;
import eu.cybersudoe.committees.internal.Person;
import eu.cybersudoe.committees.internal.RegisterStore;
import eu.cybersudoe.committees.internal.ReviewedEditions;
import eu.cybersudoe.companies.CompanyProfiles;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a meeting's page for the controllers that act on it, with the forms as typed and their
 * errors when a request was refused: each person sees what their place in the group allows.
 */
@Component
class MeetingPages {

    /** The forms of the page as they are shown: empty, or as typed with their errors. */
    record Forms(DecisionForm decision, FieldErrors decisionErrors, ActionForm action, FieldErrors actionErrors, Refusal refusal) {

        static final Forms EMPTY = new Forms(DecisionForm.empty(), FieldErrors.NONE, ActionForm.empty(), FieldErrors.NONE, Refusal.NONE);

        static Forms decision(DecisionForm form, FieldErrors errors) {
            return new Forms(form, errors, ActionForm.empty(), FieldErrors.NONE, Refusal.NONE);
        }

        static Forms action(ActionForm form, FieldErrors errors) {
            return new Forms(DecisionForm.empty(), FieldErrors.NONE, form, errors, Refusal.NONE);
        }

        static Forms refused(Refusal refusal) {
            return new Forms(DecisionForm.empty(), FieldErrors.NONE, ActionForm.empty(), FieldErrors.NONE, refusal);
        }
    }

    /** The kinds of organisation a committee invites as guests. */
    static final Set<OrganisationKind> GUESTS = Set.of(OrganisationKind.SUPPORT_STRUCTURE, OrganisationKind.SOFTWARE_EDITOR);

    private final GroupStore groups;
    private final MeetingStore meetings;
    private final RegisterStore register;
    private final GroupRights rights;
    private final MeetingTitles titles;
    private final MinutesDocuments documents;
    private final AgendaDocuments papers;
    private final ReviewedEditions editions;
    private final AccountDirectory accounts;
    private final CompanyProfiles organisations;
    private final Network network;
    private final Clock clock;

    MeetingPages(GroupStore groups, MeetingStore meetings, RegisterStore register, GroupRights rights, MeetingTitles titles,
                 MinutesDocuments documents, AgendaDocuments papers, ReviewedEditions editions, AccountDirectory accounts,
                 CompanyProfiles organisations, Network network, Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.register = register;
        this.rights = rights;
        this.titles = titles;
        this.documents = documents;
        this.papers = papers;
        this.editions = editions;
        this.accounts = accounts;
        this.organisations = organisations;
        this.network = network;
        this.clock = clock;
    }

    Group group(long groupId) {
        return groups.find(groupId).orElseThrow(People::notFound);
    }

    Meeting meeting(long groupId, long meetingId) {
        return meetings.find(groupId, meetingId).orElseThrow(People::notFound);
    }

    /** Puts the page's view in the model and names its template. */
    String page(String lang, long groupId, long meetingId, Forms forms, Model model) {
        Group group = group(groupId);
        Meeting meeting = meeting(groupId, meetingId);
        Person person = People.current();
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        boolean readsAll = rights.readsAll(groupId, person);
        boolean runs = rights.runs(groupId, person);
        Meeting previous = meetings.previous(meeting).orElse(null);
        Meeting approvedIn = meeting.approvedInId() == null ? null : meetings.find(meeting.approvedInId()).orElse(null);
        List<MeetingStore.Invitation> invitations = readsAll ? meetings.invitations(meetingId) : List.of();
        List<Decision> decisions = readsAll || meeting.approved() ? register.decisionsOfMeeting(meetingId) : List.of();
        List<ActionItem> actions = readsAll ? register.actionsOfMeeting(meetingId) : List.of();
        Map<Long, String> names = new HashMap<>();
        invitations.forEach(i -> names.computeIfAbsent(i.accountId(), this::name));
        actions.forEach(a -> names.computeIfAbsent(a.ownerId(), this::name));
        if (runs) {
            groups.membershipsOn(groupId, LocalDate.now(clock)).forEach(m -> names.computeIfAbsent(m.accountId(), this::name));
        }
        Map<Long, String> numbers = new HashMap<>();
        decisions.forEach(d -> numbers.put(d.id(), documents.number(group, d)));
        model.addAttribute("view", new MeetingView(group, meeting, titles.title(meeting, language), titles.when(meeting, language),
                meeting.heldBy(clock.instant()), readsAll, runs, previous, previous == null ? null : titles.title(previous, language),
                approvedIn, approvedIn == null ? null : titles.title(approvedIn, language), meetings.agenda(meetingId), invitations,
                meetings.invitation(meetingId, person.accountId()).orElse(null), readsAll ? meetings.guests(meetingId) : List.of(),
                decisions, numbers, actions, names, CommitteesController.partnerNames(network),
                papers.readable(meeting, person) ? papers.of(meetingId) : List.of(), editions.of(meetingId).orElse(null),
                runs && !meeting.approved() ? editions.closed() : List.of(),
                runs && !meeting.heldBy(clock.instant()) ? organisations.ofKinds(GUESTS, 200) : List.of(), forms.decision(), forms.decisionErrors(), forms.action(),
                forms.actionErrors(), forms.refusal()));
        return "committees/meeting";
    }

    private String name(long accountId) {
        return accounts.account(accountId).map(AccountDirectory.AccountCard::displayName).orElse("#" + accountId);
    }
}

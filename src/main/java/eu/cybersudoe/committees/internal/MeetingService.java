package eu.cybersudoe.committees.internal;

import eu.cybersudoe.committees.CommitteeRole;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyProfiles;
import eu.cybersudoe.companies.InformedChannel;
import eu.cybersudoe.companies.OrganisationInformed;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What people do with a meeting, each move refused when the person or the meeting's state does
 * not allow it: the group's chair and secretary (and network admins) plan it, invite, record
 * attendance, write the minutes per agenda item, number decisions and give actions; members
 * answer their invitation; the minutes are approved at the group's next meeting, once held.
 */
@Service
public class MeetingService {

    private final MeetingStore meetings;
    private final RegisterStore register;
    private final GroupRights rights;
    private final GroupStore groups;
    private final CompanyProfiles organisations;
    private final MeetingTitles titles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(MeetingStore meetings, RegisterStore register, GroupRights rights, GroupStore groups, CompanyProfiles organisations,
                   MeetingTitles titles, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.register = register;
        this.rights = rights;
        this.groups = groups;
        this.organisations = organisations;
        this.titles = titles;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome updateDetails(Meeting meeting, Person person, Instant startsAt, ZoneId zone, int durationMinutes, String place,
                                 String webLink, Language language) {
        if (!rights.runs(meeting.groupId(), person)) {
            return Outcome.refused("committees.refused.notRunning");
        }
        if (meeting.minutesWritten()) {
            return Outcome.refused("committees.refused.minutesWritten");
        }
        meetings.updateDetails(meeting.id(), startsAt, zone, durationMinutes, place, webLink, language);
        return Outcome.done("committees.meeting.saved");
    }

    @Transactional
    public Outcome addAgendaItem(Meeting meeting, Person person, String title) {
        if (!rights.runs(meeting.groupId(), person)) {
            return Outcome.refused("committees.refused.notRunning");
        }
        if (meeting.approved()) {
            return Outcome.refused("committees.refused.approved");
        }
        meetings.addAgendaItem(meeting.id(), title);
        return Outcome.done("committees.agenda.added");
    }

    /** Invites the group's members on the meeting's day who were not invited yet; the e-mails go after the commit. */
    @Transactional
    public Outcome invite(Meeting meeting, Person person) {
        if (!rights.runs(meeting.groupId(), person)) {
            return Outcome.refused("committees.refused.notRunning");
        }
        if (meeting.heldBy(clock.instant())) {
            return Outcome.refused("committees.refused.started");
        }
        List<Long> invited = new ArrayList<>();
        LocalDate day = meeting.day().isBefore(today()) ? today() : meeting.day();
        for (GroupStore.Membership membership : groups.membershipsOn(meeting.groupId(), day)) {
            if (meetings.invite(meeting.id(), membership.accountId(), membership.partnerId())) {
                invited.add(membership.accountId());
            }
        }
        meetings.markInvitationsSent(meeting.id(), clock.instant());
        if (invited.isEmpty()) {
            return Outcome.refused("committees.refused.nobodyToInvite");
        }
        events.publishEvent(new CommitteeEvents.InvitationsDue(meeting.id(), List.copyOf(invited)));
        return Outcome.done("committees.invitations.sent");
    }

    /**
     * Invites a support structure or software editor of the registry as a guest; the registry
     * records that it was informed of the programme.
     */
    @Transactional
    public Outcome inviteGuest(Meeting meeting, Person person, long organisationId) {
        if (!rights.runs(meeting.groupId(), person)) {
            return Outcome.refused("committees.refused.notRunning");
        }
        Optional<CompanyProfiles.Profile> profile = organisations.profile(new CompanyId(organisationId))
                .filter(p -> p.kind() == OrganisationKind.SUPPORT_STRUCTURE || p.kind() == OrganisationKind.SOFTWARE_EDITOR);
        if (profile.isEmpty()) {
            return Outcome.refused("committees.refused.notAGuest");
        }
        if (!meetings.addGuest(meeting.id(), organisationId, profile.get().legalName(), clock.instant())) {
            return Outcome.refused("committees.refused.guestInvited");
        }
        events.publishEvent(new OrganisationInformed(new CompanyId(organisationId), person.partnerId(), InformedChannel.EVENT_INVITATION,
                today(), titles.title(meeting, meeting.language()), person.accountId(), person.name(),
                "committee-meeting-" + meeting.id()));
        return Outcome.done("committees.guest.invited");
    }

    @Transactional
    public Outcome answer(Meeting meeting, Person person, MeetingStore.Answer answer) {
        if (meetings.invitation(meeting.id(), person.accountId()).isEmpty()) {
            return Outcome.refused("committees.refused.notInvited");
        }
        if (!clock.instant().isBefore(meeting.endsAt())) {
            return Outcome.refused("committees.refused.over");
        }
        meetings.answer(meeting.id(), person.accountId(), answer, clock.instant());
        return Outcome.done("committees.answer.saved");
    }

    /** Records how each invited person took part; people not named keep what they had. */
    @Transactional
    public Outcome recordAttendance(Meeting meeting, Person person, Map<Long, MeetingStore.Attendance> attendance) {
        Optional<Outcome> refused = refuseUnlessHeldAndOpen(meeting, person);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<MeetingStore.Invitation> invited = meetings.invitations(meeting.id());
        if (invited.isEmpty()) {
            return Outcome.refused("committees.refused.nobodyInvited");
        }
        for (MeetingStore.Invitation invitation : invited) {
            MeetingStore.Attendance given = attendance.get(invitation.accountId());
            if (given != null) {
                meetings.attended(meeting.id(), invitation.accountId(), given);
            }
        }
        meetings.markAttendanceRecorded(meeting.id(), clock.instant());
        return Outcome.done("committees.attendance.saved");
    }

    /** Writes the minutes of the agenda items given (by item id). */
    @Transactional
    public Outcome writeMinutes(Meeting meeting, Person person, Map<Long, String> minutes) {
        Optional<Outcome> refused = refuseUnlessHeldAndOpen(meeting, person);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean any = false;
        for (MeetingStore.AgendaItem item : meetings.agenda(meeting.id())) {
            String text = minutes.get(item.id());
            if (text != null) {
                meetings.writeMinutes(meeting.id(), item.id(), text.isBlank() ? null : text.strip());
                any |= !text.isBlank();
            }
        }
        if (!any) {
            return Outcome.refused("committees.refused.noMinutes");
        }
        meetings.markMinutesWritten(meeting.id(), clock.instant());
        return Outcome.done("committees.minutes.saved");
    }

    /** At a held meeting, approves the minutes of the group's meeting right before it. */
    @Transactional
    public Outcome approvePrevious(Meeting at, Person person) {
        if (!rights.runs(at.groupId(), person)) {
            return Outcome.refused("committees.refused.notRunning");
        }
        if (!at.heldBy(clock.instant())) {
            return Outcome.refused("committees.refused.notHeld");
        }
        Optional<Meeting> previous = meetings.previous(at);
        if (previous.isEmpty() || !previous.get().minutesWritten()) {
            return Outcome.refused("committees.refused.noMinutesToApprove");
        }
        if (!meetings.approve(previous.get().id(), at.id(), clock.instant())) {
            return Outcome.refused("committees.refused.approved");
        }
        return Outcome.done("committees.minutes.approved");
    }

    /** Adds a decision under the committee's next number. */
    @Transactional
    public Outcome decide(Meeting meeting, Person person, String text, Long agendaItemId, Decision.Mode mode, Integer votesFor,
                          Integer votesAgainst, Integer abstentions) {
        Optional<Outcome> refused = refuseUnlessHeldAndOpen(meeting, person);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (agendaItemId != null && meetings.agenda(meeting.id()).stream().noneMatch(i -> i.id() == agendaItemId)) {
            return Outcome.refusedOn("agendaItemId", "committees.refused.unknownItem");
        }
        boolean vote = mode == Decision.Mode.VOTE;
        try {
            register.addDecision(meeting.groupId(), meeting.id(), agendaItemId, text, meeting.day(), mode,
                    vote ? votesFor : null, vote ? votesAgainst : null, vote ? abstentions : null);
        } catch (DuplicateKeyException numberTaken) {
            return Outcome.refused("committees.refused.numberTaken");
        }
        return Outcome.done("committees.decision.added");
    }

    /** Gives an action to a person invited to the meeting or belonging to the group. */
    @Transactional
    public Outcome giveAction(Meeting meeting, Person person, String title, long ownerId, LocalDate dueOn, Long agendaItemId) {
        Optional<Outcome> refused = refuseUnlessHeldAndOpen(meeting, person);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<String> ownerPartner = meetings.invitation(meeting.id(), ownerId).map(MeetingStore.Invitation::partnerId)
                .or(() -> groups.membershipsOn(meeting.groupId(), today()).stream().filter(m -> m.accountId() == ownerId)
                        .findFirst().map(m -> m.partnerId() == null ? "" : m.partnerId()));
        if (ownerPartner.isEmpty() && meetings.invitation(meeting.id(), ownerId).isEmpty()) {
            return Outcome.refusedOn("ownerId", "committees.refused.ownerNotMember");
        }
        if (dueOn.isBefore(meeting.day())) {
            return Outcome.refusedOn("dueOn", "committees.refused.dueBeforeMeeting");
        }
        if (agendaItemId != null && meetings.agenda(meeting.id()).stream().noneMatch(i -> i.id() == agendaItemId)) {
            return Outcome.refusedOn("agendaItemId", "committees.refused.unknownItem");
        }
        String partner = ownerPartner.filter(p -> !p.isEmpty()).orElse(null);
        register.addAction(meeting.id(), agendaItemId, title, ownerId, partner, dueOn, clock.instant());
        return Outcome.done("committees.action.added");
    }

    /** The owner, or whoever runs the meeting's group, moves an action on. */
    @Transactional
    public Outcome setActionStatus(ActionItem action, Person person, ActionItem.Status status) {
        Meeting meeting = meetings.find(action.meetingId()).orElseThrow();
        if (action.ownerId() != person.accountId() && !rights.runs(meeting.groupId(), person)) {
            return Outcome.refused("committees.refused.notYourAction");
        }
        register.setStatus(action.id(), status, clock.instant());
        return Outcome.done("committees.action.saved");
    }

    private Optional<Outcome> refuseUnlessHeldAndOpen(Meeting meeting, Person person) {
        if (!rights.runs(meeting.groupId(), person)) {
            return Optional.of(Outcome.refused("committees.refused.notRunning"));
        }
        if (!meeting.heldBy(clock.instant())) {
            return Optional.of(Outcome.refused("committees.refused.notHeld"));
        }
        if (meeting.approved()) {
            return Optional.of(Outcome.refused("committees.refused.approved"));
        }
        return Optional.empty();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The role a person holds in the group today, if any. */
    public Optional<CommitteeRole> roleOf(long groupId, long accountId) {
        return groups.membershipsOf(accountId, today()).stream().filter(m -> m.groupId() == groupId)
                .map(GroupStore.Membership::role).findFirst();
    }
}

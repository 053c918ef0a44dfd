package eu.cybersudoe.committees.web;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.internal.ActionItem;
import eu.cybersudoe.committees.internal.Decision;
import eu.cybersudoe.committees.internal.GroupRights;
import eu.cybersudoe.committees.internal.GroupStore;
import eu.cybersudoe.committees.internal.Meeting;
import eu.cybersudoe.committees.internal.MeetingCalendarFile;
import eu.cybersudoe.committees.internal.MeetingService;
import eu.cybersudoe.committees.internal.MeetingStore;
import eu.cybersudoe.committees.internal.MeetingTitles;
import eu.cybersudoe.committees.internal.MinutesDocuments;
import eu.cybersudoe.committees.internal.Person;
import eu.cybersudoe.committees.internal.RegisterStore;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting: its details, agenda, invitations and answers, attendance, minutes per agenda item,
 * decisions and actions, the approval of the previous meeting's minutes, its calendar file and
 * its minutes as PDF and DOCX. What a person may not do is refused with a message, never half done.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE})
class MeetingController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final GroupStore groups;
    private final MeetingStore meetings;
    private final RegisterStore register;
    private final MeetingService service;
    private final GroupRights rights;
    private final MeetingTitles titles;
    private final MinutesDocuments documents;
    private final AccountDirectory accounts;
    private final Network network;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    MeetingController(GroupStore groups, MeetingStore meetings, RegisterStore register, MeetingService service, GroupRights rights,
                      MeetingTitles titles, MinutesDocuments documents, AccountDirectory accounts, Network network,
                      MessageSource messages, Clock clock, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.groups = groups;
        this.meetings = meetings;
        this.register = register;
        this.service = service;
        this.rights = rights;
        this.titles = titles;
        this.documents = documents;
        this.accounts = accounts;
        this.network = network;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}")
    String meeting(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId, Model model) {
        return page(lang, groupId, meetingId, DecisionForm.empty(), FieldErrors.NONE, ActionForm.empty(), FieldErrors.NONE, model);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/details")
    String details(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                   @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String webLink,
                   @RequestParam(defaultValue = "") String language, RedirectAttributes redirect) {
        Meeting meeting = meeting(groupId, meetingId);
        if (!webLink.isBlank() && !webLink.matches("(?i)https://[^\\s<>\"]{1,490}")) {
            redirect.addFlashAttribute("refused", "committees.error.link");
        } else {
            CommitteesController.flash(redirect, service.updateDetails(meeting, People.current(), meeting.startsAt(), meeting.zone(),
                    meeting.durationMinutes(), blankToNull(place), blankToNull(webLink),
                    Language.fromCode(language).orElse(meeting.language())));
        }
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/agenda")
    String agenda(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                  @RequestParam(defaultValue = "") String title, RedirectAttributes redirect) {
        Meeting meeting = meeting(groupId, meetingId);
        if (title.isBlank() || title.length() > 300) {
            redirect.addFlashAttribute("refused", "committees.error.agendaTitle");
        } else {
            CommitteesController.flash(redirect, service.addAgendaItem(meeting, People.current(), title.strip()));
        }
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/invitations")
    String invite(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId, RedirectAttributes redirect) {
        Meeting meeting = meeting(groupId, meetingId);
        CommitteesController.flash(redirect, service.invite(meeting, People.current()));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/guests")
    String guest(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                 @RequestParam(defaultValue = "0") long organisationId, RedirectAttributes redirect) {
        Meeting meeting = meeting(groupId, meetingId);
        CommitteesController.flash(redirect, service.inviteGuest(meeting, People.current(), organisationId));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/answer")
    String answer(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                  @RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
        Meeting meeting = meeting(groupId, meetingId);
        MeetingStore.Answer given = enumOrNull(MeetingStore.Answer.class, answer);
        if (given == null) {
            redirect.addFlashAttribute("refused", "committees.error.answer");
        } else {
            CommitteesController.flash(redirect, service.answer(meeting, People.current(), given));
        }
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/attendance")
    String attendance(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                      @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Meeting meeting = meeting(groupId, meetingId);
        Map<Long, MeetingStore.Attendance> given = new HashMap<>();
        form.forEach((name, value) -> {
            MeetingStore.Attendance attendance = enumOrNull(MeetingStore.Attendance.class, value);
            if (name.matches("attended-\\d{1,18}") && attendance != null) {
                given.put(Long.parseLong(name.substring("attended-".length())), attendance);
            }
        });
        CommitteesController.flash(redirect, service.recordAttendance(meeting, People.current(), given));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/minutes")
    String minutes(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                   @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Meeting meeting = meeting(groupId, meetingId);
        Map<Long, String> given = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.matches("minutes-\\d{1,18}") && value.length() <= 20000) {
                given.put(Long.parseLong(name.substring("minutes-".length())), value.replaceAll("[\\p{Cntrl}&&[^\\r\\n\\t]]", ""));
            }
        });
        CommitteesController.flash(redirect, service.writeMinutes(meeting, People.current(), given));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/approve")
    String approve(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId, RedirectAttributes redirect) {
        Meeting meeting = meeting(groupId, meetingId);
        CommitteesController.flash(redirect, service.approvePrevious(meeting, People.current()));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/decisions")
    String decide(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                  @Valid @ModelAttribute("decision") DecisionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Meeting meeting = meeting(groupId, meetingId);
        if (!binding.hasFieldErrors("mode") && !form.countsGiven()) {
            binding.rejectValue("votesFor", "committees.error.votes");
        }
        if (binding.hasErrors()) {
            return page(lang, groupId, meetingId, form, FieldErrors.of(binding), ActionForm.empty(), FieldErrors.NONE, model);
        }
        CommitteesController.flash(redirect, service.decide(meeting, People.current(), form.text().strip(), form.agendaItemId(),
                form.mode(), form.votesFor(), form.votesAgainst(), form.abstentions()));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/actions")
    String action(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                  @Valid @ModelAttribute("action") ActionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Meeting meeting = meeting(groupId, meetingId);
        if (binding.hasErrors()) {
            return page(lang, groupId, meetingId, DecisionForm.empty(), FieldErrors.NONE, form, FieldErrors.of(binding), model);
        }
        CommitteesController.flash(redirect, service.giveAction(meeting, People.current(), form.title().strip(), form.ownerId(),
                form.dueOn(), form.agendaItemId()));
        return back(lang, meeting);
    }

    @GetMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId) {
        Meeting meeting = meeting(groupId, meetingId);
        Language language = language(lang);
        String link = baseUrl + "/" + language.code() + "/office/committees/" + groupId + "/meetings/" + meetingId;
        byte[] file = MeetingCalendarFile.of(meeting, language, titles.title(meeting, language), link).getBytes(StandardCharsets.UTF_8);
        return download(file, MediaType.parseMediaType(MeetingCalendarFile.MEDIA_TYPE),
                DownloadNames.of(messages, "files.committeeMeeting", meetingId, language));
    }

    @GetMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId) {
        Meeting meeting = readableMinutes(groupId, meetingId);
        return download(documents.minutesPdf(group(groupId), meeting), MediaType.APPLICATION_PDF,
                DownloadNames.of(messages, "files.minutes", meetingId, meeting.language()));
    }

    @GetMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/minutes.docx")
    ResponseEntity<byte[]> minutesDocx(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId) {
        Meeting meeting = readableMinutes(groupId, meetingId);
        return download(documents.minutesDocx(group(groupId), meeting), DOCX,
                DownloadNames.of(messages, "files.minutesDocx", meetingId, meeting.language()));
    }

    private Meeting readableMinutes(long groupId, long meetingId) {
        Meeting meeting = meeting(groupId, meetingId);
        if (!meeting.approved() && !rights.readsAll(groupId, People.current())) {
            throw People.notFound();
        }
        return meeting;
    }

    private String page(String lang, long groupId, long meetingId, DecisionForm decisionForm, FieldErrors decisionErrors,
                        ActionForm actionForm, FieldErrors actionErrors, Model model) {
        Group group = group(groupId);
        Meeting meeting = meeting(groupId, meetingId);
        Person person = People.current();
        Language language = language(lang);
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
            groups.membershipsOn(groupId, java.time.LocalDate.now(clock)).forEach(m -> names.computeIfAbsent(m.accountId(), this::name));
        }
        Map<Long, String> numbers = new HashMap<>();
        decisions.forEach(d -> numbers.put(d.id(), documents.number(group, d)));
        model.addAttribute("view", new MeetingView(group, meeting, titles.title(meeting, language), titles.when(meeting, language),
                meeting.heldBy(clock.instant()), readsAll, runs, previous, previous == null ? null : titles.title(previous, language),
                approvedIn, approvedIn == null ? null : titles.title(approvedIn, language), meetings.agenda(meetingId), invitations,
                meetings.invitation(meetingId, person.accountId()).orElse(null), readsAll ? meetings.guests(meetingId) : List.of(),
                decisions, numbers, actions, names, CommitteesController.partnerNames(network), decisionForm, decisionErrors,
                actionForm, actionErrors));
        return "committees/meeting";
    }

    private String name(long accountId) {
        return accounts.account(accountId).map(AccountDirectory.AccountCard::displayName).orElse("#" + accountId);
    }

    private Group group(long groupId) {
        return groups.find(groupId).orElseThrow(People::notFound);
    }

    private Meeting meeting(long groupId, long meetingId) {
        return meetings.find(groupId, meetingId).orElseThrow(People::notFound);
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.DEFAULT);
    }

    private static String back(String lang, Meeting meeting) {
        return "redirect:/" + lang + "/office/committees/" + meeting.groupId() + "/meetings/" + meeting.id();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true, name))
                .body(bytes);
    }
}

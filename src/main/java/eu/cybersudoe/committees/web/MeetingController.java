package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.internal.GroupRights;
import eu.cybersudoe.committees.internal.Meeting;
import eu.cybersudoe.committees.internal.MeetingCalendarFile;
import eu.cybersudoe.committees.internal.MeetingService;
import eu.cybersudoe.committees.internal.MeetingStore;
import eu.cybersudoe.committees.internal.MeetingTitles;
import eu.cybersudoe.committees.internal.MinutesDocuments;
import eu.cybersudoe.committees.internal.Outcome;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting: its details, agenda, invitations and answers, attendance, minutes per agenda item,
 * decisions and actions, the approval of the previous meeting's minutes, its calendar file and
 * its minutes as PDF and DOCX. What a person may not do is refused with a message, never half done;
 * what was typed wrong is refused beside its field and given back.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE})
class MeetingController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final int MINUTES_LENGTH = 20000;

    private final MeetingPages pages;
    private final MeetingService service;
    private final GroupRights rights;
    private final MeetingTitles titles;
    private final MinutesDocuments documents;
    private final MessageSource messages;
    private final String baseUrl;

    MeetingController(MeetingPages pages, MeetingService service, GroupRights rights, MeetingTitles titles, MinutesDocuments documents,
                      MessageSource messages, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.pages = pages;
        this.service = service;
        this.rights = rights;
        this.titles = titles;
        this.documents = documents;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}")
    String meeting(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId, Model model) {
        return pages.page(lang, groupId, meetingId, MeetingPages.Forms.EMPTY, model);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/details")
    String details(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                   @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String webLink,
                   @RequestParam(defaultValue = "") String language, Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        Map<String, String> typed = Map.of("place", place, "webLink", webLink);
        if (place.strip().length() > 300) {
            return refused(lang, meeting, Refusal.on("place", "committees.error.place", List.of(), typed), model);
        }
        if (!webLink.isBlank() && !webLink.strip().matches("(?i)https://[^\\s<>\"]{1,490}")) {
            return refused(lang, meeting, Refusal.on("webLink", "committees.error.link", List.of(), typed), model);
        }
        CommitteesController.flash(redirect, service.updateDetails(meeting, People.current(), meeting.startsAt(), meeting.zone(),
                meeting.durationMinutes(), blankToNull(place), blankToNull(webLink),
                Language.fromCode(language).orElse(meeting.language())));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/agenda")
    String agenda(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                  @RequestParam(defaultValue = "") String title, Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        if (title.isBlank() || title.strip().length() > 300) {
            return refused(lang, meeting, Refusal.on("agenda-title", "committees.error.agendaTitle", List.of(),
                    Map.of("agenda-title", title)), model);
        }
        CommitteesController.flash(redirect, service.addAgendaItem(meeting, People.current(), title.strip()));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/invitations")
    String invite(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        CommitteesController.flash(redirect, service.invite(meeting, People.current()));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/guests")
    String guest(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                 @RequestParam(defaultValue = "0") long organisationId, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        CommitteesController.flash(redirect, service.inviteGuest(meeting, People.current(), organisationId));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/answer")
    String answer(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                  @RequestParam(defaultValue = "") String answer, Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        MeetingStore.Answer given = enumOrNull(MeetingStore.Answer.class, answer);
        if (given == null) {
            return refused(lang, meeting, Refusal.on("answer", "committees.error.answer", List.of(), Map.of()), model);
        }
        CommitteesController.flash(redirect, service.answer(meeting, People.current(), given));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/attendance")
    String attendance(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                      @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
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
                   @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        Map<Long, String> given = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        String tooLong = null;
        for (Map.Entry<String, String> field : form.entrySet()) {
            if (field.getKey().matches("minutes-\\d{1,18}")) {
                String text = field.getValue().replaceAll("[\\p{Cntrl}&&[^\\r\\n\\t]]", "");
                typed.put(field.getKey(), text);
                given.put(Long.parseLong(field.getKey().substring("minutes-".length())), text);
                tooLong = text.length() > MINUTES_LENGTH && tooLong == null ? field.getKey() : tooLong;
            }
        }
        if (tooLong != null) {
            return refused(lang, meeting, Refusal.on(tooLong, "committees.error.minutesLength", List.of(),
                    typed), model);
        }
        Outcome outcome = service.writeMinutes(meeting, People.current(), given);
        if (!outcome.done() && "committees.refused.noMinutes".equals(outcome.key()) && !given.isEmpty()) {
            String first = typed.keySet().stream().sorted().findFirst().orElseThrow();
            return refused(lang, meeting, Refusal.on(first, outcome.key(), List.of(), typed), model);
        }
        CommitteesController.flash(redirect, outcome);
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/approve")
    String approve(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        CommitteesController.flash(redirect, service.approvePrevious(meeting, People.current()));
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/decisions")
    String decide(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                  @Valid @ModelAttribute("decision") DecisionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        if (!binding.hasFieldErrors("mode") && !form.countsGiven()) {
            binding.rejectValue("votesFor", "committees.error.votes");
        }
        if (binding.hasErrors()) {
            return pages.page(lang, groupId, meetingId, MeetingPages.Forms.decision(form, FieldErrors.of(binding)), model);
        }
        Outcome outcome = service.decide(meeting, People.current(), form.text().strip(), form.agendaItemId(), form.mode(),
                form.votesFor(), form.votesAgainst(), form.abstentions());
        if (outcome.field() != null) {
            return pages.page(lang, groupId, meetingId, MeetingPages.Forms.decision(form,
                    Refusal.of(elementOf(outcome.field(), "decision-item"), outcome.key(), outcome.arguments())), model);
        }
        CommitteesController.flash(redirect, outcome);
        return back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/actions")
    String action(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                  @Valid @ModelAttribute("action") ActionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        if (binding.hasErrors()) {
            return pages.page(lang, groupId, meetingId, MeetingPages.Forms.action(form, FieldErrors.of(binding)), model);
        }
        Outcome outcome = service.giveAction(meeting, People.current(), form.title().strip(), form.ownerId(), form.dueOn(),
                form.agendaItemId());
        if (outcome.field() != null) {
            return pages.page(lang, groupId, meetingId, MeetingPages.Forms.action(form,
                    Refusal.of(elementOf(outcome.field(), "action-item"), outcome.key(), outcome.arguments())), model);
        }
        CommitteesController.flash(redirect, outcome);
        return back(lang, meeting);
    }

    @GetMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        String link = baseUrl + "/" + language.code() + "/office/committees/" + groupId + "/meetings/" + meetingId;
        byte[] file = MeetingCalendarFile.of(meeting, language, titles.title(meeting, language), link).getBytes(StandardCharsets.UTF_8);
        return download(file, MediaType.parseMediaType(MeetingCalendarFile.MEDIA_TYPE),
                DownloadNames.of(messages, "files.committeeMeeting", meetingId, language));
    }

    @GetMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId) {
        Meeting meeting = readableMinutes(groupId, meetingId);
        return download(documents.minutesPdf(pages.group(groupId), meeting), MediaType.APPLICATION_PDF,
                DownloadNames.of(messages, "files.minutes", meetingId, meeting.language()));
    }

    @GetMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/minutes.docx")
    ResponseEntity<byte[]> minutesDocx(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId) {
        Meeting meeting = readableMinutes(groupId, meetingId);
        return download(documents.minutesDocx(pages.group(groupId), meeting), DOCX,
                DownloadNames.of(messages, "files.minutesDocx", meetingId, meeting.language()));
    }

    private Meeting readableMinutes(long groupId, long meetingId) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        if (!meeting.approved() && !rights.readsAll(groupId, People.current())) {
            throw People.notFound();
        }
        return meeting;
    }

    private String refused(String lang, Meeting meeting, Refusal refusal, Model model) {
        return pages.page(lang, meeting.groupId(), meeting.id(), MeetingPages.Forms.refused(refusal), model);
    }

    /** The form's element a service refusal is about: the agenda item's select has its own id per form. */
    private static String elementOf(String field, String itemElement) {
        return "agendaItemId".equals(field) ? itemElement : field;
    }

    static String back(String lang, Meeting meeting) {
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

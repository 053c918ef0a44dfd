package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.AttendancePdfs;
import eu.cybersudoe.conferences.internal.CheckInLinks;
import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceStore;
import eu.cybersudoe.conferences.internal.Registration;
import eu.cybersudoe.conferences.internal.RegistrationOutcome;
import eu.cybersudoe.conferences.internal.RegistrationStatus;
import eu.cybersudoe.conferences.internal.RegistrationStore;
import eu.cybersudoe.conferences.internal.Registrant;
import eu.cybersudoe.conferences.internal.Registrations;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.shared.web.DownloadNames;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * Attendance at the door: check-in from the list or by the signed link a phone camera opens
 * from the participant's QR code, walk-ins, and the printable sign-in sheet.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
class AttendanceController {

    private final ConferenceScope scope;
    private final ConferenceStore conferences;
    private final RegistrationStore registrations;
    private final Registrations service;
    private final CheckInLinks links;
    private final ConferenceViews views;
    private final MessageSource messages;
    private final OfficePageModel pageModel;

    AttendanceController(ConferenceScope scope, ConferenceStore conferences, RegistrationStore registrations,
                         Registrations service, CheckInLinks links, ConferenceViews views, MessageSource messages,
                         OfficePageModel pageModel) {
        this.pageModel = pageModel;
        this.scope = scope;
        this.conferences = conferences;
        this.registrations = registrations;
        this.service = service;
        this.links = links;
        this.views = views;
        this.messages = messages;
    }

    @PostMapping("/{lang}/office/conferences/{conferenceId}/registrations/{registrationId}/check-in")
    String checkIn(@PathVariable String lang, @PathVariable long conferenceId, @PathVariable long registrationId,
                   HttpServletRequest request, RedirectAttributes redirect) {
        scope.require(conferenceId, request);
        Registration registration = registrations.find(registrationId).filter(r -> r.conferenceId() == conferenceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean done = service.checkIn(registration.id(), ConferenceScope.accountId());
        redirect.addFlashAttribute(done ? "notice" : "refused", done ? "conferences.checkIn.done" : "conferences.checkIn.notDone");
        return "redirect:/" + lang + "/office/conferences/" + conferenceId + "#registration-" + registrationId;
    }

    @GetMapping("/{lang}/office/conferences/check-in/{checkInToken}")
    String checkInLink(@PathVariable String lang, @PathVariable("checkInToken") String token, @RequestParam(name = "s", required = false) String signature,
                       HttpServletRequest request, Model model) {
        return checkInPage(lang, signed(token, signature, request).id(), signature, false, model);
    }

    @PostMapping("/{lang}/office/conferences/check-in/{checkInToken}")
    String checkInByLink(@PathVariable String lang, @PathVariable("checkInToken") String token,
                         @RequestParam(name = "s", required = false) String signature, HttpServletRequest request, Model model) {
        Registration registration = signed(token, signature, request);
        boolean done = service.checkIn(registration.id(), ConferenceScope.accountId());
        return checkInPage(lang, registration.id(), signature, done, model);
    }

    private String checkInPage(String lang, long registrationId, String signature, boolean done, Model model) {
        Registration registration = registrations.find(registrationId).orElseThrow();
        model.addAttribute("registration", registration);
        model.addAttribute("view", views.of(conferences.find(registration.conferenceId()).orElseThrow(),
                OfficeConferenceController.language(lang)));
        model.addAttribute("signature", signature);
        model.addAttribute("done", done);
        return "conferences/check-in";
    }

    @PostMapping("/{lang}/office/conferences/{conferenceId}/walk-ins")
    String walkIn(@PathVariable String lang, @PathVariable long conferenceId, @ModelAttribute("walkIn") RegistrationForm form,
                  BindingResult binding, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Conference conference = scope.require(conferenceId, request);
        Registrant registrant = form.registrant(false, binding);
        RegistrationOutcome outcome = registrant == null ? null : service.walkIn(conferenceId, registrant, ConferenceScope.accountId());
        if (outcome instanceof RegistrationOutcome.Rejected rejected) {
            RegistrationForm.reject(rejected.problems(), binding);
        }
        if (binding.hasErrors()) {
            return pageModel.fill(model, conference, OfficeConferenceController.language(lang), form, FieldErrors.of(binding));
        }
        if (outcome instanceof RegistrationOutcome.Confirmed) {
            redirect.addFlashAttribute("notice", "conferences.walkIn.added");
        } else {
            redirect.addFlashAttribute("refused",
                    outcome instanceof RegistrationOutcome.Duplicate ? "conferences.walkIn.duplicate" : "conferences.walkIn.full");
        }
        return "redirect:/" + lang + "/office/conferences/" + conferenceId + "#walk-in";
    }

    @GetMapping("/{lang}/office/conferences/{conferenceId}/sign-in-sheet.pdf")
    ResponseEntity<byte[]> signInSheet(@PathVariable String lang, @PathVariable long conferenceId, HttpServletRequest request) {
        Conference conference = scope.require(conferenceId, request);
        Language language = OfficeConferenceController.language(lang);
        ConferenceView view = views.of(conference, language);
        AttendancePdfs.Sheet sheet = new AttendancePdfs.Sheet(t(language, "conferences.sheet.heading"),
                List.of(view.title().text(), view.day() + ", " + view.span() + " (" + t(language, view.zoneKey()) + ")",
                        view.where(), t(language, "conferences.sheet.organisers", String.join(", ", view.organisers()))),
                List.of(t(language, "conferences.sheet.number"), t(language, "conferences.sheet.name"),
                        t(language, "conferences.sheet.company"), t(language, "conferences.sheet.signature")),
                t(language, "conferences.sheet.footer", conference.id()));
        List<AttendancePdfs.Row> rows = registrations.confirmed(conferenceId).stream()
                .map(r -> new AttendancePdfs.Row(r.fullName(), r.companyName())).toList();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(false,
                        DownloadNames.of(messages, "files.signInSheet", conferenceId, language)))
                .body(AttendancePdfs.signInSheet(sheet, rows));
    }

    /** The registration the signed link names, when the person may manage its conference and the signature is right. */
    private Registration signed(String token, String signature, HttpServletRequest request) {
        Registration registration = registrations.byToken(token).orElse(null);
        if (registration == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        scope.require(registration.conferenceId(), request);
        if (!links.valid(token, signature) || registration.status() == RegistrationStatus.CANCELLED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return registration;
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }

}

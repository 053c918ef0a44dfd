package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.CheckInLinks;
import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceStore;
import eu.cybersudoe.conferences.internal.ConferenceTimes;
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

/**
 * Attendance at the door: check-in from the list or by the signed link a phone camera opens
 * from the participant's QR code (from the conference's day on, earlier when the staff member
 * chooses to), walk-ins, and the printable sign-in sheet.
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
    private final OfficePageModel pageModel;
    private final AttendanceDocuments documents;
    private final MessageSource messages;

    AttendanceController(ConferenceScope scope, ConferenceStore conferences, RegistrationStore registrations,
                         Registrations service, CheckInLinks links, ConferenceViews views,
                         OfficePageModel pageModel, AttendanceDocuments documents, MessageSource messages) {
        this.messages = messages;
        this.pageModel = pageModel;
        this.documents = documents;
        this.scope = scope;
        this.conferences = conferences;
        this.registrations = registrations;
        this.service = service;
        this.links = links;
        this.views = views;
    }

    @PostMapping("/{lang}/office/conferences/{conferenceId}/registrations/{registrationId}/check-in")
    String checkIn(@PathVariable String lang, @PathVariable long conferenceId, @PathVariable long registrationId,
                   @RequestParam(defaultValue = "false") boolean early, HttpServletRequest request,
                   RedirectAttributes redirect) {
        scope.require(conferenceId, request);
        Registration registration = registrations.find(registrationId).filter(r -> r.conferenceId() == conferenceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Registrations.CheckIn outcome = service.checkIn(registration.id(), ConferenceScope.accountId(), early);
        redirect.addFlashAttribute(outcome == Registrations.CheckIn.DONE ? "notice" : "refused", switch (outcome) {
            case DONE -> "conferences.checkIn.done";
            case NOT_YET -> "conferences.checkIn.notYet";
            case REFUSED -> "conferences.checkIn.notDone";
        });
        return "redirect:/" + lang + "/office/conferences/" + conferenceId + "#registration-" + registrationId;
    }

    @GetMapping("/{lang}/office/conferences/check-in/{registrationId}/{secret}")
    String checkInLink(@PathVariable String lang, @PathVariable long registrationId, @PathVariable String secret,
                       HttpServletRequest request, Model model) {
        return checkInPage(lang, signed(registrationId, secret, request), secret, null, model);
    }

    @PostMapping("/{lang}/office/conferences/check-in/{registrationId}/{secret}")
    String checkInByLink(@PathVariable String lang, @PathVariable long registrationId, @PathVariable String secret,
                         @RequestParam(defaultValue = "false") boolean early, HttpServletRequest request, Model model) {
        Registration registration = signed(registrationId, secret, request);
        Registrations.CheckIn outcome = service.checkIn(registration.id(), ConferenceScope.accountId(), early);
        return checkInPage(lang, registrations.find(registrationId).orElseThrow(), secret, outcome, model);
    }

    private String checkInPage(String lang, Registration registration, String secret, Registrations.CheckIn outcome,
                               Model model) {
        Conference conference = conferences.find(registration.conferenceId()).orElseThrow();
        Language language = OfficeConferenceController.language(lang);
        model.addAttribute("registration", registration);
        model.addAttribute("view", views.of(conference, language));
        model.addAttribute("secret", secret);
        model.addAttribute("outcome", outcome);
        model.addAttribute("opensOn", ConferenceTimes.day(conference.startsAt(), conference.details().zone(), language));
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
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(false,
                        DownloadNames.of(messages, "files.signInSheet", conferenceId, language)))
                .body(documents.signInSheet(view, registrations.confirmed(conferenceId), language));
    }

    /** The registration the check-in link names, when the person may manage its conference and the secret is right. */
    private Registration signed(long registrationId, String secret, HttpServletRequest request) {
        Registration registration = registrations.find(registrationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        scope.require(registration.conferenceId(), request);
        if (!links.valid(registration, secret) || registration.status() == RegistrationStatus.CANCELLED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return registration;
    }
}

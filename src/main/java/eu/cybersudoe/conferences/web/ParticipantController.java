package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceStatus;
import eu.cybersudoe.conferences.internal.ConferenceStore;
import eu.cybersudoe.conferences.internal.Registration;
import eu.cybersudoe.conferences.internal.RegistrationStatus;
import eu.cybersudoe.conferences.internal.RegistrationStore;
import eu.cybersudoe.conferences.internal.Registrations;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.web.DownloadNames;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a participant does with the personal links of their e-mails: cancel their registration,
 * rate the conference once it is closed, download their certificate of attendance. The link's
 * secret is the only key: no account is needed.
 */
@Controller
@Access(Access.Audience.PUBLIC)
class ParticipantController {

    private final RegistrationStore registrations;
    private final ConferenceStore conferences;
    private final Registrations service;
    private final ConferenceViews views;
    private final AttendanceDocuments documents;
    private final MessageSource messages;

    ParticipantController(RegistrationStore registrations, ConferenceStore conferences, Registrations service,
                          ConferenceViews views, AttendanceDocuments documents, MessageSource messages) {
        this.messages = messages;
        this.documents = documents;
        this.registrations = registrations;
        this.conferences = conferences;
        this.service = service;
        this.views = views;
    }

    @GetMapping("/{lang}/conferences/registrations/{token}/cancel")
    String cancelForm(@PathVariable String lang, @PathVariable String token, Model model) {
        return participantPage(lang, token, model, "conferences/cancel");
    }

    @PostMapping("/{lang}/conferences/registrations/{token}/cancel")
    String cancel(@PathVariable String lang, @PathVariable String token, Model model) {
        Registration registration = registration(token);
        boolean cancelled = service.cancel(token);
        model.addAttribute("view", views.of(conference(registration), OfficeConferenceController.language(lang)));
        model.addAttribute("outcome", cancelled ? "cancelled" : "notCancelled");
        return "conferences/registered";
    }

    @GetMapping("/{lang}/conferences/registrations/{token}/rating")
    String ratingForm(@PathVariable String lang, @PathVariable String token, Model model) {
        return participantPage(lang, token, model, "conferences/rating");
    }

    @PostMapping("/{lang}/conferences/registrations/{token}/rating")
    String rate(@PathVariable String lang, @PathVariable String token, @RequestParam(defaultValue = "0") int rating,
                @RequestParam(required = false) String comment, Model model) {
        Registration registration = registration(token);
        if (rating < 1 || rating > 5) {
            model.addAttribute("invalid", true);
            return participantPage(lang, token, model, "conferences/rating");
        }
        boolean rated = service.rate(token, rating, comment == null ? null : comment.substring(0, Math.min(comment.length(), 2000)));
        model.addAttribute("view", views.of(conference(registration), OfficeConferenceController.language(lang)));
        model.addAttribute("outcome", rated ? "rated" : "notRated");
        return "conferences/registered";
    }

    @GetMapping("/{lang}/conferences/registrations/{token}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String lang, @PathVariable String token) {
        Registration registration = registration(token);
        Conference conference = conference(registration);
        if (!registration.attended() || conference.status() != ConferenceStatus.CLOSED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Language language = OfficeConferenceController.language(lang);
        ConferenceView view = views.of(conference, language);
        byte[] pdf = documents.certificate(view, registration, language);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true,
                        DownloadNames.of(messages, "files.certificate", conference.id(), language)))
                .body(pdf);
    }

    private String participantPage(String lang, String token, Model model, String template) {
        Registration registration = registration(token);
        model.addAttribute("registration", registration);
        model.addAttribute("view", views.of(conference(registration), OfficeConferenceController.language(lang)));
        model.addAttribute("cancellable", registration.status() != RegistrationStatus.CANCELLED && !registration.attended());
        return template;
    }

    private Registration registration(String token) {
        return registrations.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Conference conference(Registration registration) {
        return conferences.find(registration.conferenceId()).orElseThrow();
    }
}

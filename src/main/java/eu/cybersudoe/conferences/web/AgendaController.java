package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.AgendaQuery;
import eu.cybersudoe.conferences.internal.CalendarFiles;
import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.ConferenceMails;
import eu.cybersudoe.conferences.internal.ConferencePage;
import eu.cybersudoe.conferences.internal.ConferenceStore;
import eu.cybersudoe.conferences.internal.Registrant;
import eu.cybersudoe.conferences.internal.RegistrationOutcome;
import eu.cybersudoe.conferences.internal.Registrations;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.web.DownloadNames;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The public agenda: upcoming and past conferences with filters, a page per conference with its
 * schema.org data and the registration form, the calendar files and feeds, the Atom feed.
 */
@Controller
@Access(Access.Audience.PUBLIC)
class AgendaController {

    private final ConferenceStore conferences;
    private final ConferenceViews views;
    private final ConferenceMails mails;
    private final Registrations registrations;
    private final Network network;
    private final RegistrationLimits limits;
    private final MessageSource messages;
    private final Clock clock;
    private final eu.cybersudoe.community.CommentThreads comments;

    AgendaController(ConferenceStore conferences, ConferenceViews views, ConferenceMails mails, Registrations registrations,
                     Network network, RegistrationLimits limits, MessageSource messages, Clock clock,
                     eu.cybersudoe.community.CommentThreads comments) {
        this.comments = comments;
        this.conferences = conferences;
        this.views = views;
        this.mails = mails;
        this.registrations = registrations;
        this.network = network;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/{lang}/conferences")
    String agenda(@PathVariable String lang, @RequestParam(defaultValue = "upcoming") String when,
                  @RequestParam(required = false) String country, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String theme, @RequestParam(required = false) String language,
                  @RequestParam(required = false) String partner, @RequestParam(required = false) String format,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Language reader = OfficeConferenceController.language(lang);
        AgendaQuery query = new AgendaQuery("past".equals(when), blankToNull(country), blankToNull(region), blankToNull(theme),
                blankToNull(language), blankToNull(partner), formatOf(format), day(from), day(to), page);
        ConferencePage found = conferences.agenda(query, clock.instant());
        model.addAttribute("query", query);
        model.addAttribute("conferences", views.of(found.conferences(), reader));
        model.addAttribute("result", found);
        model.addAttribute("filters", request.getQueryString() == null ? ""
                : request.getQueryString().replaceAll("(^|&)page=[^&]*", ""));
        model.addAttribute("countries", Country.values());
        model.addAttribute("regions", network.regions());
        model.addAttribute("themes", network.themes(false));
        model.addAttribute("partners", network.partners());
        model.addAttribute("formats", ConferenceFormat.values());
        model.addAttribute("languages", Language.values());
        return "conferences/agenda";
    }

    @GetMapping("/{lang}/conferences/{conferenceId}")
    String conference(@PathVariable String lang, @PathVariable long conferenceId, Model model) {
        Conference conference = publicConference(conferenceId);
        Language reader = OfficeConferenceController.language(lang);
        return page(model, conference, reader, new RegistrationForm(reader), FieldErrors.NONE);
    }

    @PostMapping("/{lang}/conferences/{conferenceId}/register")
    String register(@PathVariable String lang, @PathVariable long conferenceId, @ModelAttribute("form") RegistrationForm form,
                    BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model) {
        Conference conference = publicConference(conferenceId);
        Language reader = OfficeConferenceController.language(lang);
        if (form.filledByRobot()) {
            model.addAttribute("outcome", "waiting");
            model.addAttribute("view", views.of(conference, reader));
            return "conferences/registered";
        }
        Registrant registrant = form.registrant(true, binding);
        if (registrant == null) {
            return page(model, conference, reader, form, FieldErrors.of(binding));
        }
        if (tooSoon(conferenceId, form.getEmail(), request.getRemoteAddr(), binding)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return page(model, conference, reader, form, FieldErrors.of(binding));
        }
        RegistrationOutcome outcome = registrations.register(conferenceId, registrant);
        if (outcome instanceof RegistrationOutcome.Rejected rejected) {
            RegistrationForm.reject(rejected.problems(), binding);
            return page(model, conference, reader, form, FieldErrors.of(binding));
        }
        limits.count(conferenceId, form.getEmail(), request.getRemoteAddr());
        model.addAttribute("outcome", switch (outcome) {
            case RegistrationOutcome.Confirmed c -> "confirmed";
            case RegistrationOutcome.Waiting w -> "waiting";
            case RegistrationOutcome.Duplicate d -> "duplicate";
            default -> "notOpen";
        });
        model.addAttribute("view", views.of(conference, reader));
        return "conferences/registered";
    }

    @GetMapping("/{lang}/conferences/{conferenceId}/calendar.ics")
    ResponseEntity<String> calendarFile(@PathVariable String lang, @PathVariable long conferenceId) {
        Conference conference = publicConference(conferenceId);
        Language reader = OfficeConferenceController.language(lang);
        return calendar(List.of(conference), reader, conference.title().in(reader).text(),
                DownloadNames.of(messages, "files.conferenceCalendar", conferenceId, reader));
    }

    /** A subscribable calendar: every conference, or a partner's, a theme's or a country's. */
    @GetMapping("/{lang}/conferences/calendar.ics")
    ResponseEntity<String> calendarFeed(@PathVariable String lang, @RequestParam(required = false) String partner,
                                        @RequestParam(required = false) String theme, @RequestParam(required = false) String country) {
        Language reader = OfficeConferenceController.language(lang);
        List<Conference> listed = conferences.feed(blankToNull(partner), blankToNull(theme), blankToNull(country),
                clock.instant().minus(Duration.ofDays(365)));
        return calendar(listed, reader, t(reader, "conferences.feed.title"),
                DownloadNames.of(messages, reader, "files.agendaCalendar"));
    }

    /** The feed's former address, kept for those who subscribed to it. */
    @GetMapping("/{lang}/conferences/feed.atom")
    ResponseEntity<Void> atom(@PathVariable String lang) {
        Language reader = OfficeConferenceController.language(lang);
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(java.net.URI.create("/" + reader.code() + "/feeds/conferences.atom")).build();
    }

    private ResponseEntity<String> calendar(List<Conference> listed, Language reader, String name, String fileName) {
        String body = CalendarFiles.calendar(listed, reader, name, c -> mails.pageUrl(c, reader), c -> mails.where(c, reader));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CalendarFiles.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(false, fileName)).body(body);
    }

    private String page(Model model, Conference conference, Language reader, RegistrationForm form, FieldErrors errors) {
        ConferenceView view = views.of(conference, reader);
        model.addAttribute("view", view);
        model.addAttribute("jsonLd", EventJsonLd.of(conference, reader, mails.pageUrl(conference, reader), view.organisers()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("countries", Country.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("comments", comments.thread(eu.cybersudoe.conferences.internal.ConferenceComments.KIND,
                String.valueOf(conference.id()), reader, eu.cybersudoe.shared.security.CurrentUser.get().orElse(null)));
        return "conferences/conference";
    }

    /** Whether the registration must wait (the refusal, with the minutes to wait, goes on the form). */
    private boolean tooSoon(long conferenceId, String email, String networkAddress, BindingResult binding) {
        var emailWait = limits.waitForEmail(conferenceId, email);
        if (emailWait.isPresent()) {
            binding.rejectValue("email", "conferences.register.tooSoon.email",
                    new Object[] {RegistrationLimits.minutes(emailWait.get())}, null);
            return true;
        }
        var networkWait = limits.waitForNetworkAddress(conferenceId, networkAddress);
        networkWait.ifPresent(wait -> binding.reject("conferences.register.tooSoon.network",
                new Object[] {RegistrationLimits.minutes(wait)}, null));
        return networkWait.isPresent();
    }

    private Conference publicConference(long id) {
        return conferences.find(id).filter(Conference::isPublic)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String t(Language language, String key) {
        return messages.getMessage(key, null, language.locale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ConferenceFormat formatOf(String value) {
        try {
            return value == null || value.isBlank() ? null : ConferenceFormat.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}

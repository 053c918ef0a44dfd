package eu.cybersudoe.portal.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.events.EventPublications;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

/**
 * What the platform still owes after a commit: the event publications whose listener has not
 * succeeded (an e-mail the relay refused, a reaction of another module), for network admins,
 * with a way to try them again now rather than at the next automatic round.
 */
@Controller
@Access(roles = Role.NETWORK_ADMIN)
class EventsController {

    static final int SHOWN = 200;

    private final EventPublications publications;
    private final ZoneId zone = ZoneId.systemDefault();

    EventsController(EventPublications publications) {
        this.publications = publications;
    }

    @GetMapping("/{lang}/office/events")
    String list(@PathVariable String lang, Model model) {
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        model.addAttribute("events", new PendingEventsView(publications.count(),
                publications.oldest(SHOWN).stream().map(p -> row(p, language)).toList()));
        return "portal/events";
    }

    @PostMapping("/{lang}/office/events/resubmit")
    String resubmit(@PathVariable String lang, @RequestParam(required = false) String id, RedirectAttributes redirect) {
        UUID one = parse(id);
        if (one != null) {
            publications.resubmit(one);
        } else {
            publications.resubmitFailed();
        }
        redirect.addFlashAttribute("notice", one != null ? "office.events.resubmittedOne" : "office.events.resubmittedFailed");
        return "redirect:/" + Language.fromCode(lang).orElse(Language.DEFAULT).code() + "/office/events";
    }

    private PendingEventsView.Row row(EventPublications.Pending pending, Language language) {
        return new PendingEventsView.Row(pending.id().toString(), "office.events.module." + pending.module(), pending.listener(),
                pending.event(), date(pending.publishedAt(), language), pending.publishedAt().toString(),
                "office.events.status." + pending.status().name().toLowerCase(Locale.ROOT), pending.attempts(),
                pending.resubmitted() == null ? null : date(pending.resubmitted(), language));
    }

    private static UUID parse(String id) {
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private String date(Instant instant, Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.locale()).withZone(zone).format(instant);
    }
}

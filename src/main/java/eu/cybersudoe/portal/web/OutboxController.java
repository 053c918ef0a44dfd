package eu.cybersudoe.portal.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxEntry;
import eu.cybersudoe.shared.mail.OutboxMessage;
import eu.cybersudoe.shared.mail.OutboxPage;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The back office's view of the mail outbox: what the platform would have sent while no SMTP
 * relay is configured. HTML bodies are shown as escaped source text, never as markup of the page.
 */
@Controller
@Access(roles = Role.NETWORK_ADMIN)
class OutboxController {

    static final int PAGE_SIZE = 50;

    private final Outbox outbox;
    private final ZoneId zone;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
        this.zone = ZoneId.systemDefault();
    }

    @GetMapping("/{lang}/office/outbox")
    String list(@PathVariable String lang, @RequestParam(defaultValue = "1") int page, Model model) {
        Language language = language(lang);
        OutboxPage messages = outbox.list(Math.max(1, page), PAGE_SIZE);
        String base = "/" + language.code() + "/office/outbox";
        model.addAttribute("outbox", new OutboxListView(
                messages.entries().stream().map(entry -> row(entry, base, language)).toList(),
                messages.number(), messages.pages(), messages.total(),
                messages.hasPrevious() ? base + "?page=" + (messages.number() - 1) : null,
                messages.hasNext() ? base + "?page=" + (messages.number() + 1) : null));
        return "portal/outbox";
    }

    @GetMapping("/{lang}/office/outbox/{id}")
    String message(@PathVariable String lang, @PathVariable String id, Model model) {
        Language language = language(lang);
        OutboxMessage message = outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("message", new OutboxMessageView(message.id(), date(message.date(), language), iso(message.date()),
                message.from(), message.to(), message.replyTo(), message.subject(), message.category(), message.language(),
                message.messageId(),
                message.headers().stream().map(h -> new OutboxMessageView.Line(h.name(), h.value())).toList(),
                message.text(), message.html(), message.attachments(), "/" + language.code() + "/office/outbox"));
        return "portal/outbox-message";
    }

    private OutboxRow row(OutboxEntry entry, String base, Language language) {
        return new OutboxRow(entry.id(), date(entry.date(), language), iso(entry.date()), entry.to(), entry.subject(),
                entry.category(), base + "/" + entry.id());
    }

    private String date(Instant instant, Language language) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(language.locale()).withZone(zone).format(instant);
    }

    private static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.DEFAULT);
    }
}

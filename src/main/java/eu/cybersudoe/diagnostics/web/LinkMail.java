package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.DiagnosticsService.Opened;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.regex.Pattern;

/** Sends a person the private link of their assessment, to resume it or read the result later. */
@Component
class LinkMail {

    /** Messages one address may have sent per hour. */
    static final int PER_ADDRESS_PER_HOUR = 5;

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final Mailer mailer;
    private final MessageSource messages;

    LinkMail(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    static boolean looksLikeAnAddress(String email) {
        return email != null && email.strip().length() <= 254 && ADDRESS.matcher(email.strip()).matches();
    }

    void send(Opened opened, String token, String email, Language language, HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).replacePath("").replaceQuery(null).toUriString();
        boolean completed = opened.assessment().completed();
        String link = base + "/" + language.code() + "/diagnostics/a/" + token + (completed ? "/result" : "/context");
        String title = opened.questionnaire().title().in(language).text();
        String subject = t(completed ? "diagnostics.mail.result.subject" : "diagnostics.mail.resume.subject", language, title);
        String text = t(completed ? "diagnostics.mail.result.text" : "diagnostics.mail.resume.text", language, title, link);
        mailer.send(OutgoingMail.of(email, subject, text, language, "diagnostics.link"));
    }

    private String t(String key, Language language, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}

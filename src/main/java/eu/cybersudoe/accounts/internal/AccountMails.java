package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The e-mails about accounts, each in the language of the person it is for. */
@Component
class AccountMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    AccountMails(Mailer mailer, MessageSource messages, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void confirmation(Account account, String token) {
        send(account, account.language(), "confirmation", link(account.language(), "/register/confirm?token=", token));
    }

    void alreadyRegistered(Account account, Language language) {
        send(account, language, "alreadyRegistered", baseUrl + "/" + language.code() + "/password/forgot");
    }

    void passwordReset(Account account, String token, Language language) {
        send(account, language, "reset", link(language, "/password/reset?token=", token));
    }

    void passwordChanged(Account account) {
        send(account, account.language(), "passwordChanged", baseUrl + "/" + account.language().code() + "/password/forgot");
    }

    private String link(Language language, String path, String token) {
        return baseUrl + "/" + language.code() + path + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private void send(Account account, Language language, String kind, String link) {
        String subject = messages.getMessage("mail." + kind + ".subject", null, language.locale());
        String body = messages.getMessage("mail." + kind + ".text", new Object[]{account.displayName(), link}, language.locale())
                + "\n\n-- \n" + messages.getMessage("mail.signature", null, language.locale());
        mailer.send(OutgoingMail.of(account.email(), subject, body, language, "account." + kind.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT)).withToName(account.displayName()));
    }
}

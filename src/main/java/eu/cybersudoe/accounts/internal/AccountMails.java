package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The e-mails about accounts, each in the language of the person it is for. A change that owes
 * one publishes {@link Due} in its transaction; the message goes after the commit, from the event
 * publication registry, so that a relay outage neither undoes the change (a new password, a new
 * account) nor loses the message. A confirmation or reset link is made when the message is sent,
 * in the same transaction, so that no link waits in the registry in clear and a failed send
 * leaves none behind.
 */
@Component
class AccountMails {

    /** Which message. */
    enum Kind { CONFIRMATION, ALREADY_REGISTERED, RESET, PASSWORD_CHANGED }

    /**
     * A message owed to the person of an account.
     *
     * @param accountId the account
     * @param kind      which message
     * @param language  the language to write in, or null for the account's own
     */
    record Due(long accountId, Kind kind, Language language) {
    }

    private final Mailer mailer;
    private final MessageSource messages;
    private final Accounts accounts;
    private final AccountTokens tokens;
    private final String baseUrl;

    AccountMails(Mailer mailer, MessageSource messages, Accounts accounts, AccountTokens tokens,
                 @Value("${cybersudoe.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
        this.tokens = tokens;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends the message owed, after the change's commit; a failure leaves the publication to be retried. */
    @ApplicationModuleListener
    void on(Due due) {
        Account account = accounts.findById(due.accountId()).orElse(null);
        if (account == null) {
            return;
        }
        Language language = due.language() == null ? account.language() : due.language();
        switch (due.kind()) {
            case CONFIRMATION -> confirmation(account,
                    tokens.issue(account.id(), AccountTokens.Purpose.CONFIRM_EMAIL, AccountService.CONFIRMATION_VALIDITY));
            case ALREADY_REGISTERED -> alreadyRegistered(account, language);
            case RESET -> passwordReset(account,
                    tokens.issue(account.id(), AccountTokens.Purpose.RESET_PASSWORD, AccountService.RESET_VALIDITY), language);
            case PASSWORD_CHANGED -> passwordChanged(account);
        }
    }

    private void confirmation(Account account, String token) {
        send(account, account.language(), "confirmation", link(account.language(), "/register/confirm?token=", token));
    }

    private void alreadyRegistered(Account account, Language language) {
        send(account, language, "alreadyRegistered", baseUrl + "/" + language.code() + "/password/forgot");
    }

    private void passwordReset(Account account, String token, Language language) {
        send(account, language, "reset", link(language, "/password/reset?token=", token));
    }

    private void passwordChanged(Account account) {
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

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

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

    /**
     * The invitation, in the language the inviter chose, naming the inviter, the role, the partner
     * (for partner staff) and the day the link stops working.
     */
    void invitation(Invitation invitation, String inviterName, String partnerName, String token) {
        Language language = invitation.language();
        String role = messages.getMessage("role." + invitation.role().name(), null, language.locale());
        String at = partnerName == null ? role : messages.getMessage("mail.invitation.roleAt", new Object[]{role, partnerName}, language.locale());
        String until = invitation.expiresAt().atZone(ZoneOffset.UTC).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
        send(invitation.email(), invitation.displayName(), language, "invitation",
                invitation.displayName(), link(language, "/invitation?token=", token), inviterName, at, until);
    }

    private void send(Account account, Language language, String kind, String link) {
        send(account.email(), account.displayName(), language, kind, account.displayName(), link);
    }

    private void send(String email, String name, Language language, String kind, Object... arguments) {
        String subject = messages.getMessage("mail." + kind + ".subject", null, language.locale());
        String body = messages.getMessage("mail." + kind + ".text", arguments, language.locale())
                + "\n\n-- \n" + messages.getMessage("mail.signature", null, language.locale());
        mailer.send(OutgoingMail.of(email, subject, body, language, "account." + kind.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT)).withToName(name));
    }
}

package eu.cybersudoe.companies.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.accounts.AccountDirectory.AccountCard;
import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.companies.CompanyUsers.Link;
import eu.cybersudoe.companies.CompanyUsers.Status;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import eu.cybersudoe.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The e-mails of company-user links: the managers of the partner answering for the company's
 * region learn of a request; the person learns the partner's decision. Each in its reader's language.
 */
@Component
class CompanyLinkMails {

    /**
     * A message a company-user link owes: to the deciding partner while it is requested, to the
     * person who asked once decided. Sent after the commit ({@link CompanyUserLinks}).
     *
     * @param linkId the link
     */
    record Due(long linkId) {
    }

    private final Mailer mailer;
    private final MessageSource messages;
    private final AccountDirectory accounts;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final String baseUrl;

    CompanyLinkMails(Mailer mailer, MessageSource messages, AccountDirectory accounts, StaffDirectory staff, JdbcClient jdbc,
                     @Value("${cybersudoe.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
        this.staff = staff;
        this.jdbc = jdbc;
        this.baseUrl = baseUrl;
    }

    /** Tells the deciding partner's managers (its network admins for the lead partner) that someone asks to join a company. */
    void requested(Link link, String partnerId) {
        String requester = accounts.account(link.accountId()).map(a -> a.displayName() + " <" + a.email() + ">").orElse("?");
        String company = companyName(link);
        staff.staffOf(partnerId).stream()
                .filter(member -> member.role() == Role.PARTNER_MANAGER || member.role() == Role.NETWORK_ADMIN)
                .flatMap(member -> accounts.account(member.accountId()).stream())
                .forEach(manager -> send(manager, "requested", "/office/company-links", requester, company));
    }

    /** Tells the person who asked whether the partner approved or refused. */
    void decided(Link link) {
        String kind = link.status() == Status.APPROVED ? "approved" : "refused";
        accounts.account(link.accountId())
                .ifPresent(person -> send(person, kind, "/my-company", person.displayName(), companyName(link)));
    }

    private void send(AccountCard to, String kind, String path, String who, String company) {
        Language language = to.language();
        String link = baseUrl + "/" + language.code() + path;
        Object[] arguments = {who, company, link};
        String subject = messages.getMessage("companies.mail.link." + kind + ".subject", arguments, language.locale());
        String text = messages.getMessage("companies.mail.link." + kind + ".text", arguments, language.locale())
                + "\n\n-- \n" + messages.getMessage("mail.signature", null, language.locale());
        mailer.send(OutgoingMail.of(to.email(), subject, text, language, "companies.link-" + kind).withToName(to.displayName()));
    }

    private String companyName(Link link) {
        return jdbc.sql("select legal_name from organisation where id = ?").param(link.company().value())
                .query(String.class).optional().orElse("?");
    }
}

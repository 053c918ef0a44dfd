package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The e-mails of an associated structure's proposal, sent after the deciding transaction commits:
 * to the sponsoring partner's staff when the event is proposed, each in their own language, and
 * to the member who proposed it when the partner refuses it, with the reason.
 */
@Component
class ProposalMails {

    /** A proposal message owed. */
    record Due(long conferenceId, Kind kind) {
    }

    enum Kind { PROPOSED, REFUSED }

    private final ConferenceStore conferences;
    private final StaffDirectory staff;
    private final AccountDirectory accounts;
    private final ConferenceMails links;
    private final Mailer mailer;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    ProposalMails(ConferenceStore conferences, StaffDirectory staff, AccountDirectory accounts, ConferenceMails links, Mailer mailer,
                  MessageSource messages, JdbcClient jdbc) {
        this.conferences = conferences;
        this.staff = staff;
        this.accounts = accounts;
        this.links = links;
        this.mailer = mailer;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void send(Due due) {
        Conference conference = conferences.find(due.conferenceId()).orElse(null);
        Proposal proposal = proposal(due.conferenceId()).orElse(null);
        if (conference == null || proposal == null) {
            return;
        }
        switch (due.kind()) {
            case PROPOSED -> staff.staffOf(conference.partnerId()).forEach(member -> accounts.account(member.accountId())
                    .ifPresent(card -> mail(card, conference, "proposed", proposal.structure(),
                            links.url(card.language(), "/office/conferences/" + conference.id()))));
            case REFUSED -> {
                if (proposal.proposer() != null) {
                    accounts.account(proposal.proposer()).ifPresent(card -> mail(card, conference, "refused", proposal.reason(),
                            links.url(card.language(), "/office/proposals")));
                }
            }
        }
    }

    private void mail(AccountDirectory.AccountCard to, Conference conference, String kind, String detail, String link) {
        Language language = to.language();
        String title = conference.title().in(language).text();
        String subject = messages.getMessage("proposals.mail." + kind + ".subject", new Object[]{title}, language.locale());
        String text = messages.getMessage("proposals.mail." + kind + ".text",
                new Object[]{to.displayName(), title, detail == null ? "" : detail, link}, language.locale());
        mailer.send(OutgoingMail.of(to.email(), subject, text, language, "conference.proposal." + kind).withToName(to.displayName()));
    }

    private record Proposal(String structure, Long proposer, String reason) {
    }

    private Optional<Proposal> proposal(long conferenceId) {
        return jdbc.sql("""
                        select proposed_by_name, proposed_by_account, proposal_refusal from conference
                        where id = ? and proposed_by_organisation is not null""")
                .param(conferenceId)
                .query((rs, n) -> new Proposal(rs.getString(1), (Long) rs.getObject(2, Long.class), rs.getString(3)))
                .optional();
    }
}

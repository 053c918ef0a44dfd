package eu.cybersudoe.companies.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.accounts.InvitationAccepted;
import eu.cybersudoe.accounts.InvitationOutcome;
import eu.cybersudoe.accounts.MemberInvitations;
import eu.cybersudoe.companies.AssociatedStructures;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Support structures of the registry associated with the network: a partner sponsors one, invites
 * its members (accounts with the associated-structure role), and the accounts are linked to the
 * organisation once the invitations are accepted. Counted in {@code structures-associated}.
 */
@Service
@Transactional
public class Associations implements AssociatedStructures {

    /** An association: who sponsors it, since when. */
    public record Association(String sponsorPartnerId, Instant since) {
    }

    /** A member: their account, as accounts shows it. */
    public record Member(long accountId, String name, String email) {
    }

    private final JdbcClient jdbc;
    private final MemberInvitations invitations;
    private final AccountDirectory directory;
    private final Clock clock;

    Associations(JdbcClient jdbc, MemberInvitations invitations, AccountDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.directory = directory;
        this.clock = clock;
    }

    /** Associates a support structure, sponsored by the partner; false when it is not a support structure or already associated. */
    public boolean associate(CompanyId organisation, String sponsorPartnerId, Long by) {
        boolean structure = jdbc.sql("select count(*) from organisation where id = ? and kind = ?")
                .params(organisation.value(), OrganisationKind.SUPPORT_STRUCTURE.name()).query(Long.class).single() > 0;
        if (!structure || sponsorPartnerId == null || association(organisation).isPresent()) {
            return false;
        }
        jdbc.sql("insert into organisation_association (organisation_id, sponsor_partner_id, associated_at, associated_by) values (?, ?, ?, ?)")
                .params(organisation.value(), sponsorPartnerId, Timestamp.from(clock.instant()), by).update();
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<Association> association(CompanyId organisation) {
        return jdbc.sql("select sponsor_partner_id, associated_at from organisation_association where organisation_id = ?")
                .param(organisation.value())
                .query((rs, n) -> new Association(rs.getString(1), rs.getTimestamp(2).toInstant())).optional();
    }

    /** Invites a member of an associated structure; refused when the structure is not associated. */
    public InvitationOutcome inviteMember(CompanyId organisation, SignedInUser inviter, String email, String name, Language language) {
        if (association(organisation).isEmpty()) {
            return new InvitationOutcome.Refused("email", "association.error.notAssociated");
        }
        InvitationOutcome outcome = invitations.inviteAssociatedMember(inviter, email, name, language);
        if (outcome instanceof InvitationOutcome.Sent sent) {
            jdbc.sql("insert into organisation_member_invitation (invitation_id, organisation_id, invited_at) values (?, ?, ?)")
                    .params(sent.invitationId(), organisation.value(), Timestamp.from(clock.instant())).update();
        }
        return outcome;
    }

    /** Links the account to the structure its invitation was for, approved by the sponsor. */
    @ApplicationModuleListener
    void on(InvitationAccepted accepted) {
        jdbc.sql("""
                        insert into company_user_link (account_id, organisation_id, status, created_company, requested_at, decided_at,
                            decided_by_partner)
                        select ?, i.organisation_id, 'APPROVED', false, i.invited_at, ?, a.sponsor_partner_id
                        from organisation_member_invitation i join organisation_association a on a.organisation_id = i.organisation_id
                        where i.invitation_id = ?
                        and not exists (select 1 from company_user_link l where l.account_id = ? and l.organisation_id = i.organisation_id
                            and l.status = 'APPROVED')""")
                .params(accepted.accountId(), Timestamp.from(clock.instant()), accepted.invitationId(), accepted.accountId())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Membership> membershipOf(long accountId) {
        return jdbc.sql("""
                        select o.id, o.legal_name, a.sponsor_partner_id from company_user_link l
                        join organisation_association a on a.organisation_id = l.organisation_id
                        join organisation o on o.id = l.organisation_id
                        where l.account_id = ? and l.status = 'APPROVED' order by l.decided_at""")
                .param(accountId)
                .query((rs, n) -> new Membership(new CompanyId(rs.getLong(1)), rs.getString(2), rs.getString(3)))
                .list().stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Member> members(CompanyId organisation) {
        return jdbc.sql("""
                        select l.account_id from company_user_link l join organisation_association a on a.organisation_id = l.organisation_id
                        where l.organisation_id = ? and l.status = 'APPROVED' order by l.decided_at""")
                .param(organisation.value()).query(Long.class).list().stream()
                .map(directory::account).flatMap(Optional::stream)
                .map(card -> new Member(card.accountId(), card.displayName(), card.email())).toList();
    }
}

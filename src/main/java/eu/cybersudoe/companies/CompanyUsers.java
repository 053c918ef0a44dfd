package eu.cybersudoe.companies;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.security.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which company a company user ({@link Role#COMPANY_USER}) belongs to. A user is linked to a
 * company only by creating it, or by asking to join it and a partner approving: nobody reads or
 * changes a company's data by merely claiming it. An account belongs to one company at most.
 */
public interface CompanyUsers {

    /** Links the user who just created the company to it, approved at once. */
    Link linkCreator(long accountId, Role role, CompanyId company);

    /**
     * Registers a new company for a company user and links them to it. The company goes to the
     * partner answering for its region; a national identifier already in the registry is refused
     * (the user must then ask to be linked with {@link #requestByIdentifier}).
     *
     * @throws LinkRefused when the role is not company user or the account already has a company
     */
    Registration createCompany(long accountId, Role role, NewOrganisation company);

    /** Asks for the user to be linked to an existing company; a partner decides. */
    Link request(long accountId, Role role, CompanyId company);

    /**
     * Asks to be linked to the company with this national identifier (a SIRET finds its SIREN's
     * company); the partners that may decide are told by e-mail.
     *
     * @throws LinkRefused when the identifier is not valid or no company has it
     */
    Link requestByIdentifier(long accountId, Role role, Country country, String identifier);

    /**
     * Approves a request. Only a network admin, or staff of a partner that knows the company (one that
     * brought or served it, or the partner answering for its region), may decide (decision 0001).
     */
    Link approve(long linkId, Decider decider);

    /** Refuses a request, under the same conditions as {@link #approve}. */
    Link refuse(long linkId, Decider decider);

    /** The company the account belongs to, if a link was approved. */
    Optional<CompanyId> companyOf(long accountId);

    /** The account's latest link or request, whatever its status. */
    Optional<Link> latestOf(long accountId);

    /** The requests the decider may decide, oldest first. */
    List<Link> pendingFor(Decider decider);

    /**
     * Who decides a link request.
     *
     * @param accountId    the deciding account
     * @param partnerId    the partner they act for (recorded with the decision), or null for a network admin acting for none
     * @param networkAdmin whether they decide as a network admin, for any company
     */
    record Decider(long accountId, String partnerId, boolean networkAdmin) {

        public static Decider partnerStaff(long accountId, String partnerId) {
            return new Decider(accountId, java.util.Objects.requireNonNull(partnerId), false);
        }

        public static Decider networkAdmin(long accountId, String actingPartnerId) {
            return new Decider(accountId, actingPartnerId, true);
        }
    }

    /** Where a link stands. */
    enum Status { REQUESTED, APPROVED, REFUSED }

    /**
     * A link between an account and a company.
     *
     * @param createdCompany true when the user created the company
     * @param decidedBy      the account that approved or refused it, or null
     */
    record Link(long id, long accountId, CompanyId company, Status status, boolean createdCompany, Instant requestedAt,
                Instant decidedAt, Long decidedBy, String decidedByPartner) {
    }

    /** A change the rules forbid; the message key says which rule, for the bundles. */
    final class LinkRefused extends RuntimeException {
        private final String messageKey;

        public LinkRefused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}

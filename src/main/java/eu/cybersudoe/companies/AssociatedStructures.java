package eu.cybersudoe.companies;

import java.util.Optional;

/** Which associated structure a member's account belongs to, and the partner that sponsors it. */
public interface AssociatedStructures {

    /** The structure of an associated-structure member, if the account is linked to an associated one. */
    Optional<Membership> membershipOf(long accountId);

    /** A member's structure, its name, and its sponsoring partner. */
    record Membership(CompanyId structure, String structureName, String sponsorPartnerId) {
    }
}

package eu.cybersudoe.accounts.web;

import eu.cybersudoe.network.Partner;

import java.time.LocalDate;
import java.util.List;

/**
 * The people page: who works in the network (all of it for network admins, one partner for its
 * managers) and the invitations not yet accepted.
 *
 * @param partnerFilter the partner shown, or null for the whole network
 */
public record PeopleView(Partner partnerFilter, List<Partner> partners, List<Person> people, List<PendingInvitation> invitations,
                         boolean admin) {

    /** One person. */
    public record Person(long accountId, String displayName, String email, String roleKey, String partnerName, boolean active,
                         List<OtherRole> otherRoles) {
    }

    /** A role the person holds besides the main one, with its partner's name (null outside the partners). */
    public record OtherRole(String roleKey, String partnerName) {
    }

    /** One open invitation; {@code expired} ones may be sent again. */
    public record PendingInvitation(long id, String displayName, String email, String roleKey, String partnerName,
                                    String languageName, LocalDate sentOn, LocalDate expiresOn, boolean expired) {
    }
}

package eu.cybersudoe.accounts.web;

import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.security.Role;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's page for network admins: role, partner, other partners, status and the history
 * of every change, with the forms that change them.
 */
public record PersonView(long accountId, String displayName, String email, Role role, String partnerId, String partnerName,
                         LocalDate deactivatedOn, List<Role> roles, List<Partner> partners, List<Partner> granted,
                         List<HeldRole> otherRoles, List<Change> history) {

    public boolean active() {
        return deactivatedOn == null;
    }

    /** A role held besides the main one: its form value and its words ("Advisor · CIEBI"). */
    public record HeldRole(String key, String label) {
    }

    /** One line of the history, already put into words. */
    public record Change(LocalDate on, String time, String by, String text) {
    }
}

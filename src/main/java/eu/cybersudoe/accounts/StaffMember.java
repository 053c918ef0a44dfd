package eu.cybersudoe.accounts;

import eu.cybersudoe.shared.security.Role;

/**
 * A partner's staff member as other modules see them.
 *
 * @param accountId   their account
 * @param displayName their name
 * @param email       their address
 * @param role        partner manager or advisor (or network admin for the lead partner)
 */
public record StaffMember(long accountId, String displayName, String email, Role role) {
}

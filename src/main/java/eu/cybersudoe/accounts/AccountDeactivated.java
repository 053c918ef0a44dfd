package eu.cybersudoe.accounts;

import eu.cybersudoe.shared.security.Role;

import java.time.Instant;

/**
 * A network admin deactivated an account: the person can no longer sign in, and what they were
 * in charge of (missions, conferences…) must be handed to someone else. Modules that assign
 * work to people listen to it and show their managers what to reassign; accounts does not know them.
 *
 * @param partnerId the partner the person worked for, or null outside the partners
 */
public record AccountDeactivated(long accountId, String displayName, Role role, String partnerId, Instant at) {
}

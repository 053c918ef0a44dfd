package eu.cybersudoe.accounts;

import java.time.Instant;

/**
 * A person erased their account. Published in the transaction that deletes it; modules keeping
 * personal data tied to the account listen to it and anonymise or delete what they hold.
 *
 * @param accountId the account that no longer exists
 * @param at        when it was erased
 */
public record AccountErased(long accountId, Instant at) {
}

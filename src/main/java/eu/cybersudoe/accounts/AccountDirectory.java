package eu.cybersudoe.accounts;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;

import java.util.List;
import java.util.Optional;

/** What other modules may read of an account: enough to name a person and write to them. */
public interface AccountDirectory {

    /** The account, if it exists and is confirmed. */
    Optional<AccountCard> account(long accountId);

    /**
     * The active, confirmed accounts holding a role, as their main role or besides it, by name: for
     * instance the programme officers a digest is mailed to.
     */
    List<AccountCard> holding(Role role);

    /**
     * An account as other modules see it.
     *
     * @param language the language the person chose for the platform and its e-mails
     */
    record AccountCard(long accountId, String displayName, String email, Role role, Language language) {
    }
}

package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;

import java.time.Instant;

/** Accounts for tests outside this package, which cannot call the entity's constructor. */
public final class TestAccounts {

    public static final Instant CREATED = Instant.parse("2026-11-02T10:15:30Z");

    private TestAccounts() {
    }

    /** A confirmed account, not saved anywhere (its id is null). */
    public static Account account(String email, String displayName, Role role, String partnerId, Language language) {
        Account account = new Account(email, displayName, "{noop}not-a-real-hash", role, partnerId, language, CREATED);
        account.confirm(CREATED);
        return account;
    }
}

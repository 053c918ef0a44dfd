package eu.cybersudoe.accounts;

import java.time.Instant;

/** A network admin reactivated an account deactivated earlier: the person may sign in and be given work again. */
public record AccountReactivated(long accountId, Instant at) {
}

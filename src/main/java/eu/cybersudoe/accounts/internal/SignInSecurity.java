package eu.cybersudoe.accounts.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** What network admins do about sign-in: see and lift the current waits, reset a lost second factor. */
@Service
@Transactional
public class SignInSecurity {

    private final FailedSignIns failures;
    private final SignInRecords records;
    private final SecondFactors factors;
    private final Accounts accounts;

    SignInSecurity(FailedSignIns failures, SignInRecords records, SecondFactors factors, Accounts accounts) {
        this.failures = failures;
        this.records = records;
        this.factors = factors;
        this.accounts = accounts;
    }

    /**
     * A source of failed sign-ins being slowed down now.
     *
     * @param email    the account tried, or null when the network address as a whole waits
     * @param address  the network address
     * @param failures the failures that count
     * @param until    when it may try again
     */
    public record Throttle(String email, String address, int failures, Instant until) {
    }

    @Transactional(readOnly = true)
    public List<Throttle> throttles() {
        return failures.current().stream().map(t -> new Throttle(t.email(), t.address(), t.failures(), t.until())).toList();
    }

    /** Lifts the wait of the account from the address, or of the whole address when email is blank; recorded. */
    public boolean lift(String email, String address, long byAccountId) {
        String account = email == null || email.isBlank() ? null : Account.normalise(email);
        int forgotten = failures.lift(account, address);
        Long accountId = account == null ? null : accounts.findByEmail(account).map(Account::id).orElse(null);
        records.record(accountId, address, "", SignInOutcome.THROTTLE_LIFTED, byAccountId);
        return forgotten > 0;
    }

    /** Removes the second factor of the account with this address, asked from {@code from}; false when it has none. */
    public boolean resetSecondFactor(String email, long byAccountId, SignInRecords.Origin from) {
        return accounts.findByEmail(Account.normalise(email))
                .filter(account -> account.id() != byAccountId)
                .map(account -> factors.reset(account.id(), byAccountId, from))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public List<SignInRecords.Line> latest(int limit) {
        return records.latest(limit);
    }
}

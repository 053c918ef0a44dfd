package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.security.LoginThrottle;
import eu.cybersudoe.shared.security.SignInAttempt;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What the sign-in form does with each try: the waits of {@link FailedSignIns}, a line in the
 * {@link SignInRecords}, and for an unconfirmed account whose password is right, the confirmation
 * link sent again (at most once every {@link #RESEND_EVERY}) instead of saying so on the page.
 */
@Component
@Transactional
class SignInAttempts implements LoginThrottle {

    static final Duration RESEND_EVERY = Duration.ofMinutes(10);

    private final Accounts accounts;
    private final FailedSignIns failures;
    private final SignInRecords records;
    private final SecondFactors secondFactors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInAttempts(Accounts accounts, FailedSignIns failures, SignInRecords records, SecondFactors secondFactors,
                   ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.failures = failures;
        this.records = records;
        this.secondFactors = secondFactors;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> waitBefore(SignInAttempt attempt) {
        return failures.waitBefore(attempt.email(), attempt.address());
    }

    @Override
    public void throttled(SignInAttempt attempt, Duration wait) {
        record(accountOf(attempt), attempt, SignInOutcome.THROTTLED);
    }

    @Override
    public void failed(SignInAttempt attempt, SignInAttempt.Failure failure) {
        Optional<Account> account = accountOf(attempt);
        switch (failure) {
            case BAD_CREDENTIALS -> {
                failures.failed(account.map(Account::email).orElse(null), attempt.address());
                record(account, attempt, account.isPresent() ? SignInOutcome.WRONG_PASSWORD : SignInOutcome.UNKNOWN_ACCOUNT);
            }
            case UNCONFIRMED -> {
                Account unconfirmed = account.orElseThrow();
                if (records.count(unconfirmed.id(), SignInOutcome.UNCONFIRMED, clock.instant().minus(RESEND_EVERY)) == 0) {
                    events.publishEvent(new AccountMails.Due(unconfirmed.id(), AccountMails.Kind.CONFIRMATION, null));
                }
                record(account, attempt, SignInOutcome.UNCONFIRMED);
            }
            case DEACTIVATED -> record(account, attempt, SignInOutcome.DEACTIVATED);
        }
    }

    @Override
    public void succeeded(SignInAttempt attempt) {
        failures.succeeded(attempt.email(), attempt.address());
        Optional<Account> account = accountOf(attempt);
        record(account, attempt, account.filter(secondFactors::owedBy).isPresent()
                ? SignInOutcome.PASSWORD_RIGHT_CODE_ASKED : SignInOutcome.SIGNED_IN);
    }

    private Optional<Account> accountOf(SignInAttempt attempt) {
        return accounts.findByEmail(Account.normalise(attempt.email()));
    }

    private void record(Optional<Account> account, SignInAttempt attempt, SignInOutcome outcome) {
        records.record(account.map(Account::id).orElse(null), attempt.address(), attempt.userAgent(), outcome, null);
    }
}

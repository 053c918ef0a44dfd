package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.accounts.AccountErased;
import eu.cybersudoe.accounts.PersonalDataSource;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What people do with their accounts: register, confirm, reset and change passwords, export, delete. */
@Service
@Transactional
public class AccountService {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SignInRecords records;
    private final List<PersonalDataSource> dataSources;

    AccountService(Accounts accounts, AccountTokens tokens, ApplicationEventPublisher events, PasswordEncoder passwords,
                   Clock clock, SignInRecords records, List<PersonalDataSource> dataSources) {
        this.dataSources = dataSources;
        this.accounts = accounts;
        this.tokens = tokens;
        this.events = events;
        this.passwords = passwords;
        this.clock = clock;
        this.records = records;
    }

    /**
     * Registers a company user and sends the confirmation link. When the address already has an
     * account, its owner is told so by e-mail instead, so the form reveals nothing.
     */
    public void registerCompanyUser(String email, String displayName, String password, Language language) {
        Optional<Account> existing = accounts.findByEmail(Account.normalise(email));
        if (existing.isPresent()) {
            events.publishEvent(new AccountMails.Due(existing.get().id(), AccountMails.Kind.ALREADY_REGISTERED, language));
            return;
        }
        Account account = accounts.save(new Account(email, displayName, passwords.encode(password), Role.COMPANY_USER,
                null, language, clock.instant()));
        events.publishEvent(new AccountMails.Due(account.id(), AccountMails.Kind.CONFIRMATION, null));
    }

    /** Creates a staff or other account that needs no e-mail confirmation (admins, demo, first admin). */
    public Account createConfirmed(String email, String displayName, String passwordHash, Role role, String partnerId, Language language) {
        Account account = new Account(email, displayName, passwordHash, role, partnerId, language, clock.instant());
        account.confirm(clock.instant());
        return accounts.save(account);
    }

    /** Confirms the address of the account the link was sent to; false when the link is invalid or expired. */
    public boolean confirm(String token) {
        return tokens.redeem(token, AccountTokens.Purpose.CONFIRM_EMAIL)
                .flatMap(accounts::findById)
                .map(account -> {
                    account.confirm(clock.instant());
                    return true;
                }).orElse(false);
    }

    /** Sends a reset link when the address has an account; says nothing either way. */
    public void requestPasswordReset(String email, Language language) {
        accounts.findByEmail(Account.normalise(email)).ifPresent(account ->
                events.publishEvent(new AccountMails.Due(account.id(), AccountMails.Kind.RESET, language)));
    }

    @Transactional(readOnly = true)
    public boolean isResetLinkValid(String token) {
        return tokens.check(token, AccountTokens.Purpose.RESET_PASSWORD).isPresent();
    }

    /** The account a reset link was sent to, while the link is valid. */
    @Transactional(readOnly = true)
    public Optional<Account> resetLinkAccount(String token) {
        return tokens.check(token, AccountTokens.Purpose.RESET_PASSWORD).flatMap(accounts::findById);
    }

    /** Sets a new password with a reset link; the link then stops working. Also confirms the address. */
    public boolean resetPassword(String token, String newPassword, SignInRecords.Origin from) {
        return tokens.redeem(token, AccountTokens.Purpose.RESET_PASSWORD)
                .flatMap(accounts::findById)
                .map(account -> {
                    account.changePassword(passwords.encode(newPassword), now());
                    account.confirm(clock.instant());
                    records.record(account.id(), from, SignInOutcome.PASSWORD_RESET, null);
                    events.publishEvent(new AccountMails.Due(account.id(), AccountMails.Kind.PASSWORD_CHANGED, null));
                    return true;
                }).orElse(false);
    }

    /**
     * Changes the password when the current one is right. Every session of the account opened
     * before ends at its next request, on whichever node; the caller keeps its own session by
     * stamping it with {@link #sessionsEndedAt}.
     */
    public boolean changePassword(long accountId, String currentPassword, String newPassword, SignInRecords.Origin from) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            return false;
        }
        account.changePassword(passwords.encode(newPassword), now());
        records.record(account.id(), from, SignInOutcome.PASSWORD_CHANGED, null);
        events.publishEvent(new AccountMails.Due(account.id(), AccountMails.Kind.PASSWORD_CHANGED, null));
        return true;
    }

    /** When the account's sessions were last ended by a password change, if ever. */
    @Transactional(readOnly = true)
    public Optional<Instant> sessionsEndedAt(long accountId) {
        return accounts.findById(accountId).map(Account::sessionsEndedAt);
    }

    /** Now, to the microsecond PostgreSQL keeps, so that a session stamped with it compares equal. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public void chooseLanguage(long accountId, Language language) {
        accounts.findById(accountId).orElseThrow().chooseLanguage(language);
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long accountId) {
        return accounts.findById(accountId);
    }

    /** All personal data held in the account, for the person to download. */
    @Transactional(readOnly = true)
    public Map<String, Object> personalData(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", account.email());
        data.put("displayName", account.displayName());
        data.put("role", account.role().name());
        data.put("partner", account.partnerId());
        data.put("language", account.language().code());
        data.put("createdAt", String.valueOf(account.createdAt()));
        data.put("confirmedAt", String.valueOf(account.confirmedAt()));
        data.put("lastSignInAt", String.valueOf(account.lastSignInAt()));
        for (PersonalDataSource source : dataSources) {
            data.put(source.section(), source.personalDataOf(accountId));
        }
        return data;
    }

    /**
     * Deletes the account when the password is right; its tokens go with it. Publishes
     * {@link AccountErased} so that the modules holding the person's data anonymise it.
     */
    public boolean delete(long accountId, String password) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!passwords.matches(password, account.passwordHash())) {
            return false;
        }
        accounts.delete(account);
        events.publishEvent(new AccountErased(accountId, clock.instant()));
        return true;
    }
}

package eu.cybersudoe.accounts.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SecondFactorGate;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The second factor: a time-based one-time code (RFC 6238: 6 digits, 30 seconds, SHA-1, one step
 * of drift either way) whose secret the person's app reads from a QR code, and
 * {@value #RECOVERY_CODES} recovery codes for when the app is lost, kept as SHA-256 hashes and good
 * once each. Network admins and controllers must set one up before they are signed in; other
 * accounts may. In demo mode, the demo accounts are not made to (decision 0020).
 */
@Component
@Transactional
public class SecondFactors implements SecondFactorGate {

    static final Set<Role> REQUIRED_FOR = Set.of(Role.NETWORK_ADMIN, Role.CONTROLLER);
    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "CyberSudoe";
    static final long PERIOD_SECONDS = 30;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final SignInRecords records;
    private final Passkeys passkeys;
    private final DemoAccounts demo;
    private final CodeGenerator generator = new DefaultCodeGenerator();
    private final Clock clock;

    SecondFactors(JdbcClient jdbc, Accounts accounts, SignInRecords records, DemoAccounts demo, Passkeys passkeys, Clock clock) {
        this.passkeys = passkeys;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.records = records;
        this.demo = demo;
        this.clock = clock;
    }

    /** Where a person whose password was right goes next: the code, the set-up, or nowhere. */
    @Override
    @Transactional(readOnly = true)
    public Optional<String> stepFor(SignedInUser user) {
        if (hasOne(user.accountId())) {
            return Optional.of("/login/code");
        }
        return accounts.findById(user.accountId()).filter(this::mustSetUp).map(account -> "/login/set-up");
    }

    /** Whether the account will be asked for a second factor after its password. */
    @Transactional(readOnly = true)
    boolean owedBy(Account account) {
        return hasOne(account.id()) || mustSetUp(account);
    }

    /** Whether the account's role requires a second factor (demo accounts in demo mode excepted). */
    public boolean mustSetUp(Account account) {
        return REQUIRED_FOR.contains(account.role()) && !demo.isDemoAccount(account.email());
    }

    /** Whether the account has a second factor: a one-time code or a passkey. */
    @Transactional(readOnly = true)
    public boolean hasOne(long accountId) {
        return hasCode(accountId) || accounts.findById(accountId).map(account -> passkeys.any(account.email())).orElse(false);
    }

    /** Whether the account has set up a one-time code. */
    @Transactional(readOnly = true)
    public boolean hasCode(long accountId) {
        return jdbc.sql("select count(*) from account_second_factor where account_id = ?").param(accountId).query(Integer.class).single() > 0;
    }

    /** A new secret for an authenticator app, in Base32. */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The {@code otpauth://} address a QR code carries for the app to read. */
    public String appLink(String secret, String email) {
        String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits=6&period=30";
    }

    /**
     * Keeps the secret once the app shows a right code for it, with new recovery codes, and
     * returns those codes in clear (shown once); empty when the code is wrong.
     */
    public Optional<List<String>> setUp(long accountId, String secret, String code, String address, String userAgent) {
        if (stepOf(secret, code).isEmpty()) {
            records.record(accountId, address, userAgent, SignInOutcome.WRONG_CODE, null);
            return Optional.empty();
        }
        removeCodes(accountId);
        jdbc.sql("insert into account_second_factor (account_id, totp_secret, set_up_at) values (?, ?, ?)")
                .params(accountId, secret, Timestamp.from(clock.instant())).update();
        List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        for (String recovery : codes) {
            jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)").params(accountId, hash(recovery)).update();
        }
        records.record(accountId, address, userAgent, SignInOutcome.SECOND_FACTOR_SET_UP, null);
        return Optional.of(codes);
    }

    /**
     * Checks a code from the app, or a recovery code (then used up); records the outcome.
     */
    public boolean check(long accountId, String code, String address, String userAgent) {
        Optional<String> secret = jdbc.sql("select totp_secret from account_second_factor where account_id = ?")
                .param(accountId).query(String.class).optional();
        if (secret.isEmpty()) {
            return false;
        }
        String given = code == null ? "" : code.strip();
        Optional<Long> step = stepOf(secret.get(), given);
        // A code is good once: its time step must come after the last one used to sign in.
        if (step.isPresent() && jdbc.sql("update account_second_factor set last_step = ? where account_id = ? and (last_step is null or last_step < ?)")
                .params(step.get(), accountId, step.get()).update() > 0) {
            records.record(accountId, address, userAgent, SignInOutcome.SIGNED_IN, null);
            return true;
        }
        int used = jdbc.sql("update account_recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), accountId, hash(given)).update();
        records.record(accountId, address, userAgent, used > 0 ? SignInOutcome.RECOVERY_CODE_USED : SignInOutcome.WRONG_CODE, null);
        return used > 0;
    }

    /** How many recovery codes the account has left. */
    @Transactional(readOnly = true)
    public int recoveryCodesLeft(long accountId) {
        return jdbc.sql("select count(*) from account_recovery_code where account_id = ? and used_at is null")
                .param(accountId).query(Integer.class).single();
    }

    /** A network admin removes a lost second factor; the person sets up a new one at the next sign-in. */
    public boolean reset(long accountId, long byAccountId, SignInRecords.Origin from) {
        if (!hasOne(accountId)) {
            return false;
        }
        removeAll(accountId);
        accounts.findById(accountId).ifPresent(account -> account.accessChanged(clock.instant()));
        records.record(accountId, from, SignInOutcome.SECOND_FACTOR_RESET, byAccountId);
        return true;
    }

    private void removeAll(long accountId) {
        accounts.findById(accountId).ifPresent(account -> passkeys.removeAll(account.email()));
        removeCodes(accountId);
    }

    private void removeCodes(long accountId) {
        jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
        jdbc.sql("delete from account_second_factor where account_id = ?").param(accountId).update();
    }

    /** The time step (now, or one before or after) whose code this is, if any; compared in constant time. */
    private Optional<Long> stepOf(String secret, String code) {
        String given = digits(code);
        if (!given.matches("\\d{6}")) {
            return Optional.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        Optional<Long> found = Optional.empty();
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (MessageDigest.isEqual(generator.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        given.getBytes(StandardCharsets.US_ASCII))) {
                    found = Optional.of(step);
                }
            } catch (CodeGenerationException broken) {
                throw new IllegalStateException("One-time code not computed", broken);
            }
        }
        return found;
    }

    private static String digits(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    /** Recovery codes are compared without case, spaces or dashes. */
    static String hash(String recoveryCode) {
        String normal = recoveryCode.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

package eu.cybersudoe.accounts.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One-time links sent by e-mail (confirm an address, reset a password). Only a hash of each
 * token is stored, so a copy of the database cannot be used to take over accounts.
 */
@Component
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    enum Purpose { CONFIRM_EMAIL, RESET_PASSWORD }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the account; earlier unused tokens of the same purpose stop working. */
    String issue(long accountId, Purpose purpose, Duration validity) {
        String token = randomToken();
        Instant now = clock.instant();
        jdbc.sql("update account_token set used_at = ? where account_id = ? and purpose = ? and used_at is null")
                .params(Timestamp.from(now), accountId, purpose.name()).update();
        jdbc.sql("insert into account_token (token_hash, account_id, purpose, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(hash(token), accountId, purpose.name(), Timestamp.from(now), Timestamp.from(now.plus(validity))).update();
        return token;
    }

    /** The account a valid, unused token belongs to, without using it up. */
    Optional<Long> check(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from account_token where token_hash = ? and purpose = ? and used_at is null and expires_at > ?")
                .params(hash(token), purpose.name(), Timestamp.from(clock.instant()))
                .query(Long.class).optional();
    }

    /** Uses the token up and returns its account, if it was valid. */
    Optional<Long> redeem(String token, Purpose purpose) {
        Optional<Long> account = check(token, purpose);
        account.ifPresent(id -> jdbc.sql("update account_token set used_at = ? where token_hash = ?")
                .params(Timestamp.from(clock.instant()), hash(token)).update());
        return account;
    }

    /** 256 random bits, safe in a URL. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token: its SHA-256. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

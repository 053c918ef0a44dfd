package eu.cybersudoe.community.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The one-click "stop this thread" link of a notification: the account and the discussion,
 * signed with HMAC-SHA256 and a secret the nodes share in {@code community_secret}, so that the
 * link works without signing in and cannot be made for another person or thread.
 */
@Component
class ThreadTokens {

    /** What a valid token names. */
    record Thread(long accountId, long discussionId) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private volatile byte[] secret;

    ThreadTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String token(long accountId, long discussionId) {
        String payload = accountId + "-" + discussionId;
        return payload + "-" + mac(payload);
    }

    Optional<Thread> read(String token) {
        String[] parts = token == null ? new String[0] : token.split("-");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        String expected = mac(parts[0] + "-" + parts[1]);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Thread(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
    }

    private String mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] full = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(java.util.Arrays.copyOf(full, 18)).replace('-', '~');
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] secret() {
        byte[] current = secret;
        if (current == null) {
            Optional<String> stored = jdbc.sql("select secret from community_secret where id = 1").query(String.class).optional();
            if (stored.isEmpty()) {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                try {
                    jdbc.sql("insert into community_secret (id, secret) values (1, ?)").param(ENCODER.encodeToString(bytes)).update();
                } catch (DuplicateKeyException anotherNodeWasFirst) {
                    // the other node's secret is read below
                }
                stored = jdbc.sql("select secret from community_secret where id = 1").query(String.class).optional();
            }
            current = Base64.getUrlDecoder().decode(stored.orElseThrow());
            secret = current;
        }
        return current;
    }
}

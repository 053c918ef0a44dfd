package eu.cybersudoe.community.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/**
 * The one-click "stop this thread" link of a notification: the account, the discussion and the
 * last day the link works, signed with HMAC-SHA256 and a secret the nodes share in
 * {@code community_secret}, so that the link works without signing in, cannot be made for
 * another person or thread, and cannot be stretched (decision 0045). An authentic link past its
 * day, or one made before links carried a day, reads as expired: the page then asks the member
 * to sign in and stop the thread from its page.
 */
@Component
class ThreadTokens {

    /** What an authentic token names; {@code expired} when its last day has passed. */
    record Thread(long accountId, long discussionId, boolean expired) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period validity;
    private volatile byte[] secret;

    ThreadTokens(JdbcClient jdbc, Clock clock, @Value("${cybersudoe.community.stop-link-validity:P180D}") Period validity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validity = validity;
    }

    /** A token that works until the end of the day {@code validity} from today (UTC). */
    String token(long accountId, long discussionId) {
        long lastDay = today().plus(validity).toEpochDay();
        String payload = accountId + "-" + discussionId + "-" + lastDay;
        return payload + "-" + mac(payload);
    }

    Optional<Thread> read(String token) {
        String[] parts = token == null ? new String[0] : token.split("-");
        if (parts.length < 3 || parts.length > 4 || !java.util.Arrays.stream(parts, 0, parts.length - 1).allMatch(p -> p.matches("\\d{1,18}"))) {
            return Optional.empty();
        }
        String payload = String.join("-", java.util.Arrays.copyOf(parts, parts.length - 1));
        String expected = mac(payload);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), parts[parts.length - 1].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        boolean expired = parts.length == 3 || LocalDate.ofEpochDay(Long.parseLong(parts[2])).isBefore(today());
        return Optional.of(new Thread(Long.parseLong(parts[0]), Long.parseLong(parts[1]), expired));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
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

package eu.cybersudoe.conferences.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes the check-in links that the QR codes of the confirmation e-mails carry: the registration's
 * number and a secret of its own, derived (HMAC) from the registration's personal secret, which the
 * cancel and rating links carry. A link not made by the platform is refused, and seeing someone's QR
 * code tells nothing of their personal secret: it cannot cancel their seat. A registration given a
 * new life (cancelled, then registered again) gets a new personal secret, so its old QR code no
 * longer checks anyone in. The key is made once and kept in the database, so links stay valid across
 * restarts and nodes.
 */
@Component
public class CheckInLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private volatile byte[] key;

    CheckInLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new secret for a registration's personal links. */
    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The path (after the language) of a registration's check-in link. */
    public String path(Registration registration) {
        return "/office/conferences/check-in/" + registration.id() + "/" + checkInSecret(registration);
    }

    /** Whether the check-in secret was made by the platform for that registration (in its current life). */
    public boolean valid(Registration registration, String secret) {
        return secret != null && MessageDigest.isEqual(checkInSecret(registration).getBytes(StandardCharsets.US_ASCII),
                secret.getBytes(StandardCharsets.US_ASCII));
    }

    private String checkInSecret(Registration registration) {
        return signature("check-in\n" + registration.id() + "\n" + registration.token());
    }

    String signature(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] sum = mac.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum).substring(0, 22);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            String stored = jdbc.sql("select secret from conference_signing_key where id = 1").query(String.class).optional()
                    .orElseGet(this::makeKey);
            known = HexFormat.of().parseHex(stored);
            key = known;
        }
        return known;
    }

    private String makeKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        try {
            jdbc.sql("insert into conference_signing_key (id, secret) values (1, ?)").param(HexFormat.of().formatHex(bytes)).update();
        } catch (org.springframework.dao.DuplicateKeyException madeMeanwhile) {
            // another node made it first: use theirs
        }
        return jdbc.sql("select secret from conference_signing_key where id = 1").query(String.class).single();
    }
}

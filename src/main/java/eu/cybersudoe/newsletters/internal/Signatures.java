package eu.cybersudoe.newsletters.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Signs what the newsletters put in addresses (unsubscribe and tracking links) with HMAC-SHA256
 * and a secret kept in the database, made at first use and the same for every node.
 */
@Component
class Signatures {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;
    /** One MAC per thread: the workers sign links for every message. */
    private final ThreadLocal<Mac> macs = new ThreadLocal<>();

    Signatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The payload's signature, 18 bytes. */
    byte[] sign(byte[] payload) {
        Mac mac = macs.get();
        if (mac == null) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(key());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
            macs.set(mac);
        }
        return Arrays.copyOf(mac.doFinal(payload), 18);
    }

    /** The text's signature as 24 characters safe in an address. */
    String sign(String text) {
        return ENCODER.encodeToString(sign(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the signature (its 16 first characters at least) is the text's, compared in constant time. */
    boolean verify(String text, String signature) {
        String expected = sign(text);
        if (signature.length() < 16 || signature.length() > expected.length()) {
            return false;
        }
        return MessageDigest.isEqual(expected.substring(0, signature.length()).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            String secret = jdbc.sql("select secret from newsletter_secret where id = 1").query(String.class).optional()
                    .orElseGet(this::createSecret);
            current = new SecretKeySpec(DECODER.decode(secret), "HmacSHA256");
            key = current;
        }
        return current;
    }

    private String createSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        try {
            jdbc.sql("insert into newsletter_secret (id, secret) values (1, ?)").param(ENCODER.encodeToString(bytes)).update();
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // read the one written by the other node
        }
        return jdbc.sql("select secret from newsletter_secret where id = 1").query(String.class).single();
    }
}

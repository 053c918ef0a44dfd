package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The unsubscribe link of each copy: the issue and the address, signed with HMAC-SHA256 and a
 * secret kept in the database (made at first use, the same for every node), so that nobody can
 * unsubscribe an address from a link they forged.
 */
@Component
public class UnsubscribeLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final JdbcClient jdbc;
    private final String baseUrl;
    private volatile SecretKeySpec key;
    /** One MAC per thread: the workers sign a link per message. */
    private final ThreadLocal<Mac> macs = new ThreadLocal<>();

    UnsubscribeLinks(JdbcClient jdbc, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * What a valid link names.
     *
     * @param issueId the issue it came with
     * @param email   the address it unsubscribes
     */
    public record Subscriber(long issueId, String email) {
    }

    /** The absolute unsubscribe address for the recipient of the issue, in the page language. */
    public String url(long issueId, String email, Language language) {
        return baseUrl + "/" + language.code() + "/newsletter/unsubscribe?t=" + token(issueId, email);
    }

    String token(long issueId, String email) {
        byte[] payload = (issueId + ":" + Audience.key(email)).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** What the token names, when it is one of ours. */
    public Optional<Subscriber> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            String text = new String(payload, StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return Optional.of(new Subscriber(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException unreadable) {
            return Optional.empty();
        }
    }

    /** The HMAC-SHA256 of the payload with the secret, cut to 18 bytes (also signs the return paths). */
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

package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The unsubscribe link of each copy: the issue and the address, encrypted and authenticated
 * (AES-GCM with a key derived from the {@link Signatures signing key}), so that nobody can
 * unsubscribe an address from a link they forged, and a link passed on (a forwarded message, a
 * shared screenshot) does not reveal the address. Still stateless: nothing is stored per copy.
 * Links of copies sent before (the address and a signature, readable) are still read.
 */
@Component
public class UnsubscribeLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private static final int NONCE = 12;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final int TAG_BYTES = 12;

    private final Signatures signatures;
    private final String baseUrl;
    private final ThreadLocal<Cipher> ciphers = new ThreadLocal<>();
    private volatile SecretKeySpec key;

    UnsubscribeLinks(Signatures signatures, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.signatures = signatures;
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

    /**
     * A copy's unsubscribe addresses, signed once.
     *
     * @param page     the unsubscribe page, where the person chooses what to stop (the link in the message)
     * @param oneClick where a mail client posts a one-click unsubscribe (RFC 8058; the {@code List-Unsubscribe} header)
     * @param mailto   the address a message to unsubscribes, or null (previews and test sends)
     */
    public record Urls(String page, String oneClick, String mailto) {

        /** These addresses with the {@code mailto:} one. */
        public Urls withMailto(String address) {
            return new Urls(page, oneClick, address);
        }

        /** The value of the {@code List-Unsubscribe} header: the one-click address, then the {@code mailto:} one if any. */
        String listUnsubscribe() {
            return "<" + oneClick + ">" + (mailto == null ? "" : ", <mailto:" + mailto + "?subject=unsubscribe>");
        }
    }

    /** The absolute unsubscribe page address for the recipient of the issue, in the page language. */
    public String url(long issueId, String email, Language language) {
        return urls(issueId, email, language).page();
    }

    /** The unsubscribe addresses for the recipient of the issue, in their language. */
    public Urls urls(long issueId, String email, Language language) {
        String query = "?t=" + token(issueId, email);
        String root = baseUrl + "/" + language.code() + "/newsletter/";
        return new Urls(root + "unsubscribe" + query, root + "one-click" + query, null);
    }

    String token(long issueId, String email) {
        byte[] payload = (issueId + ":" + Audience.key(email)).getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            byte[] sealed = cipher.doFinal(payload);
            byte[] token = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, token, 0, NONCE);
            System.arraycopy(sealed, 0, token, NONCE, sealed.length);
            return ENCODER.encodeToString(token);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** What the token names, when it is one of ours. */
    public Optional<Subscriber> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return readSealed(token);
        }
        if (dot == 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            return subscriber(payload);
        } catch (IllegalArgumentException | IndexOutOfBoundsException unreadable) {
            return Optional.empty();
        }
    }

    private Optional<Subscriber> readSealed(String token) {
        try {
            byte[] bytes = DECODER.decode(token);
            if (bytes.length <= NONCE + TAG_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, NONCE));
            return subscriber(cipher.doFinal(bytes, NONCE, bytes.length - NONCE));
        } catch (GeneralSecurityException | IllegalArgumentException | IndexOutOfBoundsException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Subscriber> subscriber(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        return Optional.of(new Subscriber(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1)));
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = ciphers.get();
        if (cipher == null) {
            cipher = Cipher.getInstance("AES/GCM/NoPadding");
            ciphers.set(cipher);
        }
        SecretKeySpec current = key;
        if (current == null) {
            current = new SecretKeySpec(java.util.Arrays.copyOf(sign("newsletter unsubscribe token key".getBytes(
                    StandardCharsets.UTF_8)), 16), "AES");
            key = current;
        }
        cipher.init(mode, current, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        return cipher;
    }

    private byte[] sign(byte[] payload) {
        return signatures.sign(payload);
    }
}

package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The unsubscribe link of each copy: the issue and the address, {@link Signatures signed}, so
 * that nobody can unsubscribe an address from a link they forged.
 */
@Component
public class UnsubscribeLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Signatures signatures;
    private final String baseUrl;

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

    private byte[] sign(byte[] payload) {
        return signatures.sign(payload);
    }
}

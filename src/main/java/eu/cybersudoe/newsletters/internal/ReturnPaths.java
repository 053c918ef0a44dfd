package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.mail.MailSettings;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The addresses mail comes back to. Each copy's envelope sender (its return path) names its send
 * record, signed: {@code bounces+<send id>-<signature>@<domain>} (VERP), so that a bounce tells
 * which copy it is about even when it quotes nothing of it, and nobody can make one up. The
 * {@code mailto:} unsubscribe address of a copy is {@code unsubscribe+<send id>-<signature>@<domain>}
 * (or {@code unsubscribe+<token>@<domain>} with the token of its unsubscribe link, longer). Both
 * reach the bounce mailbox.
 */
@Component
public class ReturnPaths {

    /** Hexadecimal characters of the signature: 40 bits, in lower case (some servers lower an address). */
    private static final int SIGNATURE_LENGTH = 10;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** What a signature is for, signed with the send id, so that one kind of address cannot pass for the other. */
    private static final String RETURN_PATH = "return-path:";
    private static final String UNSUBSCRIBE = "unsubscribe:";

    private final Signatures signatures;
    private final String localPrefix;
    private final String unsubscribePrefix;
    private final String domainSuffix;

    ReturnPaths(Signatures signatures, BounceSettings settings, MailSettings mail) {
        this.signatures = signatures;
        this.localPrefix = settings.localPart().strip() + "+";
        this.unsubscribePrefix = settings.unsubscribeLocalPart().strip() + "+";
        String domain = settings.domain().isBlank() ? domainOf(mail.from()) : settings.domain().strip();
        this.domainSuffix = "@" + domain.toLowerCase(Locale.ROOT);
    }

    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from, true).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException e) {
            throw new IllegalArgumentException("cybersudoe.mail.from is not an address: " + from, e);
        }
    }

    /** The envelope sender of the copy of send record {@code sendId}. */
    public String of(long sendId) {
        return localPrefix + sendId + "-" + signature(RETURN_PATH, sendId) + domainSuffix;
    }

    /** The {@code mailto:} unsubscribe address for an unsubscribe token. */
    public String unsubscribeAddress(String token) {
        return unsubscribePrefix + token + domainSuffix;
    }

    /**
     * The {@code mailto:} unsubscribe address of the copy of send record {@code sendId}, in the
     * compact form {@code unsubscribe+<send id>-<signature>@<domain>}: within the 64 characters
     * RFC 5321 allows a local part, whatever the length of the recipient's address.
     */
    public String unsubscribeAddress(long sendId) {
        return unsubscribePrefix + sendId + "-" + signature(UNSUBSCRIBE, sendId) + domainSuffix;
    }

    /** The send record a return path names, when it is one of ours and its signature holds. */
    public OptionalLong sendOf(String address) {
        return signedSend(localPart(address, localPrefix), RETURN_PATH);
    }

    /** The send id of {@code <send id>-<signature>}, when the signature is the one made for that use. */
    private OptionalLong signedSend(String local, String use) {
        if (local == null) {
            return OptionalLong.empty();
        }
        int dash = local.lastIndexOf('-');
        if (dash <= 0 || local.length() - dash - 1 != SIGNATURE_LENGTH) {
            return OptionalLong.empty();
        }
        try {
            long sendId = Long.parseLong(local.substring(0, dash));
            byte[] given = local.substring(dash + 1).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
            byte[] expected = signature(use, sendId).getBytes(StandardCharsets.US_ASCII);
            return sendId > 0 && MessageDigest.isEqual(given, expected) ? OptionalLong.of(sendId) : OptionalLong.empty();
        } catch (NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
    }

    /** The unsubscribe token an address carries, when it is an unsubscribe address; not checked here. */
    public String unsubscribeTokenOf(String address) {
        return localPart(address, unsubscribePrefix);
    }

    /** The send record a compact unsubscribe address names, when its signature holds. */
    public OptionalLong unsubscribeSendOf(String address) {
        return signedSend(localPart(address, unsubscribePrefix), UNSUBSCRIBE);
    }

    /** What follows {@code prefix} in the address's local part, or null when it does not start with it. */
    private static String localPart(String address, String prefix) {
        if (address == null) {
            return null;
        }
        String bare = address.strip();
        if (bare.startsWith("<") && bare.endsWith(">")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        int at = bare.lastIndexOf('@');
        if (at <= prefix.length() || !bare.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return null;
        }
        return bare.substring(prefix.length(), at);
    }

    private String signature(String use, long sendId) {
        byte[] mac = signatures.sign((use + sendId).getBytes(StandardCharsets.US_ASCII));
        char[] text = new char[SIGNATURE_LENGTH];
        for (int i = 0; i < SIGNATURE_LENGTH / 2; i++) {
            text[2 * i] = HEX[(mac[i] >> 4) & 0xf];
            text[2 * i + 1] = HEX[mac[i] & 0xf];
        }
        return new String(text);
    }
}

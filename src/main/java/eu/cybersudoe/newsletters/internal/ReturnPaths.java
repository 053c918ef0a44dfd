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
 * {@code mailto:} unsubscribe address of a copy is {@code unsubscribe+<token>@<domain>}, with
 * the token of its unsubscribe link. Both reach the bounce mailbox.
 */
@Component
public class ReturnPaths {

    /** Hexadecimal characters of the signature: 40 bits, in lower case (some servers lower an address). */
    private static final int SIGNATURE_LENGTH = 10;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

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
        return localPrefix + sendId + "-" + signature(sendId) + domainSuffix;
    }

    /** The {@code mailto:} unsubscribe address for an unsubscribe token. */
    public String unsubscribeAddress(String token) {
        return unsubscribePrefix + token + domainSuffix;
    }

    /** The send record a return path names, when it is one of ours and its signature holds. */
    public OptionalLong sendOf(String address) {
        String local = localPart(address, localPrefix);
        if (local == null) {
            return OptionalLong.empty();
        }
        int dash = local.lastIndexOf('-');
        if (dash <= 0) {
            return OptionalLong.empty();
        }
        try {
            long sendId = Long.parseLong(local.substring(0, dash));
            byte[] given = local.substring(dash + 1).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
            byte[] expected = signature(sendId).getBytes(StandardCharsets.US_ASCII);
            return sendId > 0 && MessageDigest.isEqual(given, expected) ? OptionalLong.of(sendId) : OptionalLong.empty();
        } catch (NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
    }

    /** The unsubscribe token an address carries, when it is an unsubscribe address; not checked here. */
    public String unsubscribeTokenOf(String address) {
        return localPart(address, unsubscribePrefix);
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

    private String signature(long sendId) {
        byte[] mac = signatures.sign(("return-path:" + sendId).getBytes(StandardCharsets.US_ASCII));
        char[] text = new char[SIGNATURE_LENGTH];
        for (int i = 0; i < SIGNATURE_LENGTH / 2; i++) {
            text[2 * i] = HEX[(mac[i] >> 4) & 0xf];
            text[2 * i + 1] = HEX[mac[i] & 0xf];
        }
        return new String(text);
    }
}

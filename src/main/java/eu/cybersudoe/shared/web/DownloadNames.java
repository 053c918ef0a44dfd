package eu.cybersudoe.shared.web;

import eu.cybersudoe.shared.Language;
import org.springframework.context.MessageSource;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Names of downloaded files in the reader's language ({@code files.*} keys of the {@code shared} bundle), so
 * that a French page does not hand out English file names, and the {@code Content-Disposition} header that
 * carries them: an ASCII {@code filename} for old clients and the exact name as UTF-8 in {@code filename*}
 * (RFC 6266, RFC 5987). Every download of the platform goes through {@link #disposition}.
 */
public final class DownloadNames {

    /** The characters RFC 5987 lets through unencoded in {@code filename*}. */
    private static final String ATTRIBUTE_CHARACTERS = "!#$&+-.^_`|~";

    private DownloadNames() {
    }

    /** The file name of a key such as {@code files.certificate}, for the record with this identifier. */
    public static String of(MessageSource messages, String key, long id, Language language) {
        return of(messages, language, key, String.valueOf(id));
    }

    /** The file name of a list (key such as {@code files.companies}) with its extension, such as {@code csv}. */
    public static String of(MessageSource messages, String key, Locale locale, String extension) {
        return messages.getMessage(key, null, locale) + "." + extension;
    }

    /** The file name of a key with its arguments (identifiers, numbers and words already in the reader's language). */
    public static String of(MessageSource messages, Language language, String key, Object... arguments) {
        return messages.getMessage(key, Arrays.stream(arguments).map(String::valueOf).toArray(), language.locale());
    }

    /** A text (a title, a label) made fit for a file name: lower case, ASCII letters and digits joined by hyphens. */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The header value offering the file for saving ({@code attachment}) or showing ({@code inline}). */
    public static String disposition(boolean attachment, String fileName) {
        String name = fileName.replaceAll("[\\p{Cntrl}/\\\\]", "-").strip();
        return (attachment ? "attachment" : "inline") + "; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    /** The name in printable ASCII: accents dropped, anything else (quotes included) turned into a hyphen. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder ascii = new StringBuilder();
        plain.codePoints().forEach(c -> ascii.append(c > 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? (char) c : '-'));
        return ascii.toString();
    }

    /** The name's UTF-8 bytes, percent-encoded except for RFC 5987's attribute characters. */
    static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTRIBUTE_CHARACTERS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}

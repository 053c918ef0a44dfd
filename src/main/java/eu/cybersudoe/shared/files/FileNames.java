package eu.cybersudoe.shared.files;

import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

import java.text.Normalizer;

/** Turns the names files arrive with into names that are safe to reuse, and guesses their type. */
final class FileNames {

    static final int MAX_LENGTH = 120;
    private static final String FALLBACK = "file";

    private FileNames() {
    }

    /**
     * The last segment of the name (no folders, neither {@code /} nor {@code \}), in Unicode
     * NFC, with control and reserved characters replaced by {@code _}, no leading dots, and at
     * most {@value #MAX_LENGTH} characters keeping the extension; {@code "file"} when nothing is left.
     */
    static String sanitise(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = Normalizer.normalize(last, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{M}\\p{N} ._()+,=@-]", "_")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("^[. ]+", "")
                .replaceAll("[. ]+$", "");
        if (clean.isEmpty() || clean.chars().allMatch(c -> c == '_')) {
            return FALLBACK;
        }
        return shorten(clean);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)) + extension;
    }

    /** The media type a file of that name usually has, or {@code application/octet-stream}. */
    static String contentType(String fileName) {
        return MediaTypeFactory.getMediaType(fileName).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
    }
}

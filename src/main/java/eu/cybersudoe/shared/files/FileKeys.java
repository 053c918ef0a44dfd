package eu.cybersudoe.shared.files;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The keys every {@link FileStore} gives: area, year, month and a random UUID
 * ({@code mission-reports/2026/11/3f2a…}). One form for every store, so that a file copied from
 * one store to another keeps its key and the records that name it stay true.
 */
final class FileKeys {

    /** Area names: what a module calls the kind of files it stores. */
    static final Pattern AREA = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    /** Keys: area, year, month and a random UUID; nothing else is ever looked up. */
    static final Pattern KEY = Pattern.compile(
            "(" + AREA.pattern() + ")/[0-9]{4}/(?:0[1-9]|1[0-2])/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private FileKeys() {
    }

    /** A new key in the area, for a file stored at that moment. */
    static String newKey(String area, Instant now) {
        if (area == null || !AREA.matcher(area).matches()) {
            throw new IllegalArgumentException("Not an area name: " + area);
        }
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        return "%s/%04d/%02d/%s".formatted(area, utc.getYear(), utc.getMonthValue(), UUID.randomUUID());
    }

    /** Whether the string has the form of a key a store gives; checked before any look-up. */
    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The key made printable for a message (control characters replaced). */
    static String printable(String key) {
        return key == null ? "null" : key.replaceAll("\\p{Cntrl}", "?");
    }
}

package eu.cybersudoe.companies.identifiers;

import java.util.Locale;

/**
 * What people add to identifiers when they type or paste them: spaces (also non-breaking and
 * thin ones), tabs, dots, dashes (also the typographic ones), slashes, lower case.
 */
final class Normalisation {

    private Normalisation() {
    }

    /** The input without separators, in upper case; empty for {@code null}. */
    static String compact(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder compact = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(c -> !separator(c))
                .forEach(compact::appendCodePoint);
        return compact.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean separator(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '.' || c == '/' || c == '-'
                || c >= '\u2010' && c <= '\u2015' || c == '\u2212';
    }
}

package eu.cybersudoe.conferences.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Short lists of codes stored in one column, each between commas (",a,b,"), so that one LIKE finds a code. */
final class Lists {

    private Lists() {
    }

    static String join(Collection<String> codes) {
        return codes.isEmpty() ? "," : "," + String.join(",", codes) + ",";
    }

    static List<String> split(String stored) {
        return stored == null ? List.of() : Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).toList();
    }

    /** The LIKE pattern finding one code. */
    static String containing(String code) {
        return "%," + code + ",%";
    }
}

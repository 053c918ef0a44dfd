package eu.cybersudoe.companies.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Tags stored in one column, each between commas, so that {@code like '%,tag,%'} finds one. */
public final class Tags {

    private Tags() {
    }

    public static String store(List<String> tags) {
        String joined = tags.stream().map(Tags::normalise).filter(t -> !t.isEmpty()).distinct().sorted()
                .collect(Collectors.joining(","));
        return joined.isEmpty() ? "" : "," + joined + ",";
    }

    static List<String> read(String stored) {
        return stored == null ? List.of() : Arrays.stream(stored.split(",")).filter(t -> !t.isEmpty()).toList();
    }

    static String normalise(String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replace(",", " ").replaceAll("\\s+", " ");
    }
}

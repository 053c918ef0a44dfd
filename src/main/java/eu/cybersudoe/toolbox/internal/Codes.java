package eu.cybersudoe.toolbox.internal;

import java.util.Arrays;
import java.util.List;

/** Lists of codes kept between commas in one column ({@code ,security,mobility,}), so that {@code like '%,x,%'} finds one. */
final class Codes {

    private Codes() {
    }

    static String join(List<String> codes) {
        return codes.isEmpty() ? "," : "," + String.join(",", codes) + ",";
    }

    static List<String> split(String column) {
        return column == null ? List.of() : Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).toList();
    }

    static String like(String code) {
        return "%," + code + ",%";
    }
}

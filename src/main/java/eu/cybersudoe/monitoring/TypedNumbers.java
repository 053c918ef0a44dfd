package eu.cybersudoe.monitoring;

import java.math.BigDecimal;
import java.util.Optional;

/** Numbers as people type them in forms: a comma or a point, spaces between thousands. */
public final class TypedNumbers {

    private TypedNumbers() {
    }

    /** The number typed, empty when the text is blank or not a number. */
    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(typed.strip().replace(" ", "").replace('\u00a0', ' ').replace(" ", "")
                    .replace('\u202f', ' ').replace(" ", "").replace(',', '.')));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}

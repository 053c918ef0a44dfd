package eu.cybersudoe.monitoring;

import java.math.BigDecimal;

/** Targets are compared by value: 180 and 180.00 are the same target. */
final class Targets {

    private Targets() {
    }

    static BigDecimal normalized(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("A target cannot be negative: " + value);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

package eu.cybersudoe.network;

import java.math.BigDecimal;
import java.util.List;

/**
 * The project budget: its lines, their computed sum and the total the proposal declares
 * (they differ by rounding: both are shown).
 */
public record Budget(List<WorkPackage> lines, BigDecimal sum, BigDecimal declaredTotal) {

    public BigDecimal difference() {
        return declaredTotal.subtract(sum);
    }
}

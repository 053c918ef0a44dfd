package eu.cybersudoe.monitoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of an indicator on the dashboard, or why there is none. An indicator no source
 * measures yet is shown as such, never as a zero that would read as "nothing done".
 *
 * @param status what was found
 * @param value  the measured value when {@code status} is {@link Status#MEASURED}, else null
 */
public record Measurement(Status status, BigDecimal value) {

    public Measurement {
        Objects.requireNonNull(status, "status");
        if ((status == Status.MEASURED) != (value != null)) {
            throw new IllegalArgumentException("A value goes with the MEASURED status only");
        }
    }

    public static Measurement of(BigDecimal value) {
        return new Measurement(Status.MEASURED, value);
    }

    public static Measurement notMeasuredYet() {
        return new Measurement(Status.NOT_MEASURED_YET, null);
    }

    public static Measurement noValue() {
        return new Measurement(Status.NO_VALUE, null);
    }

    public static Measurement failed() {
        return new Measurement(Status.FAILED, null);
    }

    public boolean measured() {
        return status == Status.MEASURED;
    }

    public enum Status {
        /** A source gave a value. */
        MEASURED,
        /** No source in the platform measures this indicator yet. */
        NOT_MEASURED_YET,
        /** A source measures it, but not for this scope (for example per partner). */
        NO_VALUE,
        /** The source failed; the error is in the log. */
        FAILED
    }
}

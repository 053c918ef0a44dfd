package eu.cybersudoe.companies.classification;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A band of headcounts, both bounds included, as read by {@link SizeClass#parseBand}.
 *
 * @param lower the smallest headcount of the band
 * @param upper the largest, or empty for an open band such as "250+"
 */
public record SizeBand(int lower, OptionalInt upper) {

    public SizeBand {
        if (lower < 0) {
            throw new IllegalArgumentException("A headcount cannot be negative: " + lower);
        }
        if (upper == null) {
            throw new NullPointerException("upper");
        }
        if (upper.isPresent() && upper.getAsInt() < lower) {
            throw new IllegalArgumentException("The band ends before it starts: " + lower + "-" + upper.getAsInt());
        }
    }

    public static SizeBand between(int lower, int upper) {
        return new SizeBand(lower, OptionalInt.of(upper));
    }

    public static SizeBand atLeast(int lower) {
        return new SizeBand(lower, OptionalInt.empty());
    }

    /** The size class every headcount of the band is in; empty when the band straddles two classes. */
    public Optional<SizeClass> sizeClass() {
        SizeClass lowest = SizeClass.of(lower);
        SizeClass highest = upper.isPresent() ? SizeClass.of(upper.getAsInt()) : SizeClass.LARGE;
        return lowest == highest ? Optional.of(lowest) : Optional.empty();
    }
}

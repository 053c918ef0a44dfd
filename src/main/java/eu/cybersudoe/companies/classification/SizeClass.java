package eu.cybersudoe.companies.classification;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A company's size class by headcount, with the thresholds of the European definition of SMEs
 * (Commission Recommendation 2003/361/EC; turnover and balance sheet are not recorded, so only the
 * headcount counts): micro under 10 employees, small under 50, medium under 250, large from 250.
 */
public enum SizeClass {
    MICRO(0, 9), SMALL(10, 49), MEDIUM(50, 249), LARGE(250, Integer.MAX_VALUE);

    /** The message key (bundle {@code classification}) telling that a size band could not be read; {0} is the text. */
    public static final String UNREADABLE_BAND_MESSAGE_KEY = "classification.sizeBand.unreadable";

    private final int min;
    private final int max;

    SizeClass(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** The class of a headcount. */
    public static SizeClass of(int employees) {
        if (employees < 0) {
            throw new IllegalArgumentException("A headcount cannot be negative: " + employees);
        }
        for (SizeClass size : values()) {
            if (employees <= size.max) {
                return size;
            }
        }
        throw new AssertionError("LARGE has no upper bound");
    }

    /**
     * Reads a headcount or a size band as partners' files write them, in French, Spanish, Portuguese
     * or English: "12", "10 à 19", "de 10 a 49", "1-9 trabalhadores", "250+", "250 et plus",
     * "más de 250", "moins de 10", "up to 9", "sans salarié"… Empty when the text cannot be read.
     * The band's {@link SizeBand#sizeClass()} is empty when it straddles two classes ("200 a 499").
     */
    public static Optional<SizeBand> parseBand(String text) {
        return SizeBands.parse(text);
    }

    /** The smallest headcount of the class. */
    public int minEmployees() {
        return min;
    }

    /** The largest headcount of the class; empty for {@link #LARGE}. */
    public OptionalInt maxEmployees() {
        return max == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(max);
    }
}

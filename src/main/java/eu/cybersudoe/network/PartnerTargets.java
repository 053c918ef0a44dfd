package eu.cybersudoe.network;

import eu.cybersudoe.shared.LocalizedText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The targets a partner works towards, shown on its page in the directory.
 * <p>
 * The {@code monitoring} module owns the indicator catalogue and every target: it provides its
 * own bean of this type, which replaces the network's fallback. Until then the network gives
 * the per-partner figures of the application file (by country).
 */
public interface PartnerTargets {

    /** The partner's targets, in display order. */
    List<PartnerTarget> of(Partner partner);

    /** What the partner had achieved at the end of the last closed semester, empty before any is closed. */
    default Optional<Achieved> achieved(Partner partner) {
        return Optional.empty();
    }

    /**
     * The values of a closed semester.
     *
     * @param semester the semester's number
     * @param asOf     its last day, the day the values were counted up to
     * @param values   indicator code to the value achieved since the project's start
     */
    record Achieved(int semester, LocalDate asOf, Map<String, BigDecimal> values) {
        public Achieved {
            values = Map.copyOf(values);
        }

        /** The value of an indicator, or null when none was measured. */
        public BigDecimal of(String indicator) {
            return values.get(indicator);
        }
    }

    /**
     * One target.
     *
     * @param indicator the indicator's stable code, such as {@code conferences}
     * @param label     what is counted, in every language
     * @param target    the figure to reach
     */
    record PartnerTarget(String indicator, LocalizedText label, long target) {
    }
}

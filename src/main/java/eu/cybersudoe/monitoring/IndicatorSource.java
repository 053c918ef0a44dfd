package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;

import eu.cybersudoe.shared.LocalizedText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Measures indicators of the catalogue from a module's own data. A module that counts
 * something (conferences, missions, newsletters…) implements this interface as a Spring
 * bean; monitoring finds every such bean in the application context and never names the
 * module. Nothing is typed in by hand where the platform already knows the number.
 * <p>
 * Each indicator is measured by exactly one source: two sources claiming the same code
 * stop the application at start-up.
 * <p>
 * Values are cumulative, from the start of the project up to and including a day.
 * The consolidated value (no partner) is measured for the whole network by the source
 * itself: monitoring never adds the partners' values up. This matters for distinct counts
 * ({@link Indicator#distinctCount()}): a company that attended conferences of two partners
 * counts once for the network and once for each partner, so the network's value is not
 * the sum of the partners' values.
 */
public interface IndicatorSource {

    /** The codes of the catalogue indicators this source measures. */
    Set<String> indicators();

    /**
     * The cumulative value of an indicator up to the end of a period.
     *
     * @param indicator one of the codes of {@link #indicators()}
     * @param until     the last day counted (inclusive), usually the end of a semester or today
     * @param partner   the partner whose value is asked, or empty for the whole network (a
     *                  measured consolidated value, not a sum of the partners' values)
     * @return the value, or empty when the source cannot measure the indicator for that scope
     *         (for example an indicator the network measures only as a whole); an empty
     *         result is shown as such, never as zero
     */
    Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner);

    /**
     * The parts of a value the dashboard shows under it (for example the items counted per
     * language of publication), each named in the four languages; none by default. Parts need
     * not add up to the value: an item published in three languages is a part of each.
     */
    default List<Part> breakdown(String indicator, LocalDate until, Optional<PartnerId> partner) {
        return List.of();
    }

    /** A named part of a measured value. */
    record Part(LocalizedText label, BigDecimal value) {
    }
}

package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Budget;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.WorkPackage;

import java.util.List;
import java.util.Locale;

/**
 * The work packages and their budget lines.
 *
 * @param lines  one per work package, in order
 * @param budget the lines' computed sum and the declared total
 */
public record WorkPackagesPage(List<Line> lines, Budget budget) {

    /** Whether the declared total is above, below or equal to the sum of the lines: {@code higher}, {@code lower} or {@code none}. */
    public String difference() {
        int sign = budget.difference().signum();
        return sign > 0 ? "higher" : sign < 0 ? "lower" : "none";
    }

    /**
     * A work package and its co-pilot.
     *
     * @param workPackage the work package
     * @param coPilot     the partner co-piloting it, or null
     */
    public record Line(WorkPackage workPackage, Partner coPilot) {

        /** The id of its table row, for links such as {@code /work-packages#gt3}. */
        public String anchor() {
            return workPackage.code().toLowerCase(Locale.ROOT);
        }
    }
}

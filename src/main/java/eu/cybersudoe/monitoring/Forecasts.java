package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trajectory of each indicator (MON-2): the cumulative value expected at the end of each
 * semester. By default it is linear from 0 at the project's start to the target at its end (a
 * ratio or a percentage is expected at its target from the start); network admins set another
 * figure per partner and semester. The daily check compares what is measured with it.
 */
public interface Forecasts {

    /**
     * The value expected at the end of a semester, for the network (its global target) or a partner
     * (the figure set for it, else its own target's line); empty when there is no target.
     */
    Optional<BigDecimal> forecast(Indicator indicator, Optional<PartnerId> partner, int semester);

    /**
     * The value expected on a day: the semester's forecasts joined by a straight line between the
     * end of the previous semester (or the project's start, at 0) and the end of the semester
     * holding the day.
     */
    Optional<BigDecimal> expectedOn(Indicator indicator, Optional<PartnerId> partner, LocalDate day);

    /** A partner's forecasts: every indicator with a target for it, each with one figure per semester. */
    List<PlanLine> plan(PartnerId partner);

    /**
     * Sets a partner's forecasts from what a network admin typed, field by field ({@link #field}); a
     * blank field goes back to the default line. Nothing is saved when a field is refused.
     *
     * @return the message key of the error of each refused field; empty when everything was saved
     */
    Map<String, String> edit(PartnerId partner, Map<String, String> typed, IndicatorEntries.Person by);

    /** The name of the form field holding an indicator's forecast for a semester. */
    static String field(String indicator, int semester) {
        return indicator + "--" + semester;
    }

    /**
     * One indicator of a partner's forecasts.
     *
     * @param indicator the indicator
     * @param target    the partner's target
     * @param semesters one figure per semester of the calendar, in order
     */
    record PlanLine(Indicator indicator, BigDecimal target, List<Figure> semesters) {
        public PlanLine {
            semesters = List.copyOf(semesters);
        }
    }

    /**
     * The forecast of one semester.
     *
     * @param semester  the semester's number
     * @param end       its last day
     * @param value     the forecast in force
     * @param byDefault the default line's value
     * @param set       whether a network admin set it (else it is the default)
     */
    record Figure(int semester, LocalDate end, BigDecimal value, BigDecimal byDefault, boolean set) {
    }
}

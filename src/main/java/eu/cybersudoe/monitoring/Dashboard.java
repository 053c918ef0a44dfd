package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicators of a semester, for the whole network or one partner (MON-1).
 *
 * @param semester the reporting semester shown
 * @param until    the last day counted: the end of the semester, or today while it runs
 * @param partner  the partner whose view this is, or empty for the consolidated view
 * @param partners every partner, in the network's order (for per-partner targets)
 * @param lines    one line per active indicator, in catalogue order
 */
public record Dashboard(Semester semester, LocalDate until, Optional<Partner> partner, List<Partner> partners,
                        List<Line> lines) {

    public Dashboard {
        Objects.requireNonNull(semester, "semester");
        Objects.requireNonNull(until, "until");
        partner = partner == null ? Optional.empty() : partner;
        partners = List.copyOf(partners);
        lines = List.copyOf(lines);
    }

    /** The lines of one kind of indicator. */
    public List<Line> lines(Indicator.Kind kind) {
        return lines.stream().filter(l -> l.indicator().kind() == kind).toList();
    }

    /** The line of an indicator, if it is in the catalogue. */
    public Optional<Line> line(String code) {
        return lines.stream().filter(l -> l.indicator().code().equals(code)).findFirst();
    }

    /**
     * One indicator on the dashboard.
     *
     * @param indicator      the indicator
     * @param target         what the value is compared with: the global target in the consolidated
     *                       view, the partner's target in a partner's view; null when there is none
     * @param partnerTargets each partner's target, for the partners that have one, in network order
     * @param measurement    the measured value, or why there is none
     */
    public record Line(Indicator indicator, BigDecimal target, Map<PartnerId, BigDecimal> partnerTargets,
                       Measurement measurement) {

        public Line {
            Objects.requireNonNull(indicator, "indicator");
            partnerTargets = partnerTargets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(partnerTargets));
            Objects.requireNonNull(measurement, "measurement");
        }

        /** The value as a percentage of the target, rounded to a whole number, where both exist. */
        public Optional<BigDecimal> progressPercent() {
            if (target == null || target.signum() == 0 || !measurement.measured()) {
                return Optional.empty();
            }
            return Optional.of(measurement.value().multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP));
        }
    }
}

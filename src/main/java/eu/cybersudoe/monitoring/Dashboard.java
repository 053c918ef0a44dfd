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
 * @param semesters the semesters that can be shown: from the first to the running one
 * @param edition  the frozen edition shown, or empty when the values are measured live
 */
public record Dashboard(Semester semester, LocalDate until, Optional<Partner> partner, List<Partner> partners,
                        List<Line> lines, List<Semester> semesters, Optional<Edition> edition) {

    public Dashboard {
        Objects.requireNonNull(semester, "semester");
        Objects.requireNonNull(until, "until");
        partner = partner == null ? Optional.empty() : partner;
        partners = List.copyOf(partners);
        lines = List.copyOf(lines);
        semesters = semesters == null || semesters.isEmpty() ? List.of(semester) : List.copyOf(semesters);
        edition = edition == null ? Optional.empty() : edition;
    }

    /** A live dashboard of one semester. */
    public Dashboard(Semester semester, LocalDate until, Optional<Partner> partner, List<Partner> partners, List<Line> lines) {
        this(semester, until, partner, partners, lines, List.of(semester), Optional.empty());
    }

    /** Whether the values shown are those of a closed edition. */
    public boolean frozen() {
        return edition.isPresent();
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
     * @param measurement    the measured value (cumulative since the project's start), or why there is none
     * @param previous       the cumulative value at the end of the previous semester (zero before the
     *                       first), or why there is none
     * @param series         the cumulative value at the end of each semester up to the one shown, for
     *                       the semesters that have one (closed editions and the semester shown)
     */
    public record Line(Indicator indicator, BigDecimal target, Map<PartnerId, BigDecimal> partnerTargets,
                       Measurement measurement, Measurement previous, List<Point> series) {

        public Line {
            Objects.requireNonNull(indicator, "indicator");
            partnerTargets = partnerTargets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(partnerTargets));
            Objects.requireNonNull(measurement, "measurement");
            previous = previous == null ? Measurement.noValue() : previous;
            series = series == null ? List.of() : List.copyOf(series);
        }

        /** A line with its cumulative value only. */
        public Line(Indicator indicator, BigDecimal target, Map<PartnerId, BigDecimal> partnerTargets, Measurement measurement) {
            this(indicator, target, partnerTargets, measurement, Measurement.noValue(), List.of());
        }

        /** What was achieved during the semester itself: the cumulative value less the previous one. */
        public Optional<BigDecimal> semesterValue() {
            if (!measurement.measured() || !previous.measured()) {
                return Optional.empty();
            }
            return Optional.of(measurement.value().subtract(previous.value()));
        }

        /** The value as a percentage of the target, rounded to a whole number, where both exist. */
        public Optional<BigDecimal> progressPercent() {
            if (target == null || target.signum() == 0 || !measurement.measured()) {
                return Optional.empty();
            }
            return Optional.of(measurement.value().multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP));
        }
    }

    /**
     * The cumulative value of an indicator at the end of a semester.
     *
     * @param semester the semester's number
     * @param value    the value
     */
    public record Point(int semester, BigDecimal value) {
        public Point {
            Objects.requireNonNull(value, "value");
        }
    }
}

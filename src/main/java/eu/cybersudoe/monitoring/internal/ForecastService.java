package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Forecasts;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.monitoring.TypedNumbers;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.ProjectCalendar;
import eu.cybersudoe.network.Semester;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forecasts: a default straight line from 0 at the project's start to the target at its end
 * (cumulative indicators), the target itself for ratios and percentages, and the figures network
 * admins set per partner and semester.
 */
@Service
class ForecastService implements Forecasts {

    private static final BigDecimal LARGEST = new BigDecimal("1000000000000");

    private final Monitoring monitoring;
    private final ObjectProvider<Network> network;
    private final ForecastTable table;
    private final Clock clock;

    ForecastService(Monitoring monitoring, ObjectProvider<Network> network, ForecastTable table, Clock clock) {
        this.monitoring = monitoring;
        this.network = network;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<BigDecimal> forecast(Indicator indicator, Optional<PartnerId> partner, int semester) {
        Optional<BigDecimal> target = target(indicator, partner);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        if (partner.isPresent()) {
            BigDecimal set = table.ofPartner(partner.get()).get(Forecasts.field(indicator.code(), semester));
            if (set != null) {
                return Optional.of(set);
            }
        }
        return semester(semester).map(s -> line(indicator, target.get(), s));
    }

    @Override
    public Optional<BigDecimal> expectedOn(Indicator indicator, Optional<PartnerId> partner, LocalDate day) {
        ProjectCalendar calendar = network.getObject().calendar();
        Optional<Semester> holding = calendar.semesters().stream().filter(s -> s.contains(day)).findFirst();
        if (holding.isEmpty()) {
            Semester last = calendar.semesters().getLast();
            return day.isAfter(last.end()) ? forecast(indicator, partner, last.number())
                    : target(indicator, partner).map(t -> BigDecimal.ZERO);
        }
        Semester semester = holding.get();
        Optional<BigDecimal> atEnd = forecast(indicator, partner, semester.number());
        if (atEnd.isEmpty() || !cumulative(indicator)) {
            return atEnd;
        }
        BigDecimal before = semester.number() == calendar.semesters().getFirst().number() ? BigDecimal.ZERO
                : forecast(indicator, partner, semester.number() - 1).orElse(BigDecimal.ZERO);
        long done = ChronoUnit.DAYS.between(semester.start(), day.plusDays(1));
        long length = ChronoUnit.DAYS.between(semester.start(), semester.end().plusDays(1));
        BigDecimal share = atEnd.get().subtract(before).multiply(BigDecimal.valueOf(done))
                .divide(BigDecimal.valueOf(length), 1, RoundingMode.HALF_UP);
        return Optional.of(stripped(before.add(share)));
    }

    @Override
    public List<PlanLine> plan(PartnerId id) {
        Partner partner = network.getObject().partner(id).orElseThrow(() -> new IllegalArgumentException("No partner " + id));
        Map<String, BigDecimal> set = table.ofPartner(id);
        List<Semester> semesters = network.getObject().calendar().semesters();
        List<PlanLine> lines = new ArrayList<>();
        for (Indicator indicator : monitoring.indicators()) {
            Optional<BigDecimal> target = indicator.targetFor(partner);
            if (target.isEmpty()) {
                continue;
            }
            List<Figure> figures = semesters.stream().map(s -> {
                BigDecimal byDefault = line(indicator, target.get(), s);
                BigDecimal chosen = set.get(Forecasts.field(indicator.code(), s.number()));
                return new Figure(s.number(), s.end(), chosen == null ? byDefault : chosen, byDefault, chosen != null);
            }).toList();
            lines.add(new PlanLine(indicator, target.get(), figures));
        }
        return lines;
    }

    @Override
    @Transactional
    public Map<String, String> edit(PartnerId partner, Map<String, String> typed, IndicatorEntries.Person by) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Optional<BigDecimal>> chosen = new LinkedHashMap<>();
        for (PlanLine line : plan(partner)) {
            BigDecimal previous = BigDecimal.ZERO;
            for (Figure figure : line.semesters()) {
                String field = Forecasts.field(line.indicator().code(), figure.semester());
                BigDecimal value = figure.value();
                if (typed.containsKey(field)) {
                    String text = typed.get(field);
                    Optional<BigDecimal> number = TypedNumbers.parse(text);
                    if (text != null && !text.isBlank() && number.isEmpty()) {
                        errors.put(field, "monitoring.forecast.refused.number");
                        previous = value;
                        continue;
                    }
                    if (number.isPresent() && number.get().signum() < 0) {
                        errors.put(field, "monitoring.forecast.refused.negative");
                        previous = value;
                        continue;
                    }
                    if (number.isPresent() && number.get().compareTo(LARGEST) >= 0) {
                        errors.put(field, "monitoring.forecast.refused.tooLarge");
                        previous = value;
                        continue;
                    }
                    Optional<BigDecimal> kept = number.map(ForecastService::stripped)
                            .filter(n -> n.compareTo(figure.byDefault()) != 0);
                    chosen.put(field, kept);
                    value = kept.orElse(figure.byDefault());
                }
                if (cumulative(line.indicator()) && value.compareTo(previous) < 0) {
                    errors.put(field, "monitoring.forecast.refused.decreasing");
                }
                previous = value;
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        chosen.forEach((field, value) -> {
            String code = field.substring(0, field.lastIndexOf("--"));
            int semester = Integer.parseInt(field.substring(field.lastIndexOf("--") + 2));
            if (value.isPresent()) {
                table.put(code, partner, semester, value.get(), by.accountId(), by.name(), clock.instant());
            } else {
                table.remove(code, partner, semester);
            }
        });
        return Map.of();
    }

    /** Whether the indicator adds up over time; a ratio or a percentage does not. */
    static boolean cumulative(Indicator indicator) {
        return indicator.unit() != Indicator.Unit.PERCENT && indicator.unit() != Indicator.Unit.COMPANIES_PER_CONFERENCE;
    }

    private Optional<BigDecimal> target(Indicator indicator, Optional<PartnerId> partner) {
        if (partner.isEmpty()) {
            return indicator.target();
        }
        return network.getObject().partner(partner.get()).flatMap(indicator::targetFor);
    }

    private Optional<Semester> semester(int number) {
        return network.getObject().calendar().semesters().stream().filter(s -> s.number() == number).findFirst();
    }

    /** The default: the target's share of the project's days gone by at the semester's end. */
    private BigDecimal line(Indicator indicator, BigDecimal target, Semester semester) {
        if (!cumulative(indicator)) {
            return target;
        }
        ProjectCalendar calendar = network.getObject().calendar();
        long total = ChronoUnit.DAYS.between(calendar.start(), calendar.end().plusDays(1));
        long gone = Math.min(total, ChronoUnit.DAYS.between(calendar.start(), semester.end().plusDays(1)));
        int scale = Math.max(0, target.scale());
        return stripped(target.multiply(BigDecimal.valueOf(gone)).divide(BigDecimal.valueOf(total), scale, RoundingMode.HALF_UP));
    }

    private static BigDecimal stripped(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}

package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.AlertSeverity;
import eu.cybersudoe.monitoring.AlertSource;
import eu.cybersudoe.monitoring.AlertTexts;
import eu.cybersudoe.monitoring.Forecasts;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.Measurement;
import eu.cybersudoe.monitoring.RaisedAlert;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule {@code forecast-behind}: an indicator measured below what its forecast expects on the
 * day, for a partner or for the network. Under 90 % of the expected value it is a notice, under
 * 75 % a warning, under half critical. The explanation names the partner, the value measured and
 * what was expected by the day and by the end of the semester, for instance
 * "CIEBI: 4 measured for “Conferences held”; 6 expected by 15 March 2009, 8 by 30 June 2009".
 */
@Component
class ForecastAlerts implements AlertSource {

    static final String RULE = "forecast-behind";

    private final MonitoringService monitoring;
    private final Forecasts forecasts;
    private final ObjectProvider<Network> network;
    private final MessageSource messages;

    ForecastAlerts(MonitoringService monitoring, Forecasts forecasts, ObjectProvider<Network> network, MessageSource messages) {
        this.monitoring = monitoring;
        this.forecasts = forecasts;
        this.network = network;
        this.messages = messages;
    }

    @Override
    public List<RaisedAlert> alertsOn(LocalDate day) {
        Network net = network.getObject();
        Optional<Semester> semester = net.calendar().semesters().stream().filter(s -> s.contains(day)).findFirst();
        if (semester.isEmpty()) {
            return List.of();
        }
        List<RaisedAlert> alerts = new ArrayList<>();
        for (Indicator indicator : monitoring.indicators()) {
            if (indicator.tracked()) {
                continue;
            }
            behind(indicator, Optional.empty(), day, semester.get()).ifPresent(alerts::add);
            for (Partner partner : net.partners()) {
                if (indicator.targetFor(partner).isPresent()) {
                    behind(indicator, Optional.of(partner), day, semester.get()).ifPresent(alerts::add);
                }
            }
        }
        return alerts;
    }

    private Optional<RaisedAlert> behind(Indicator indicator, Optional<Partner> partner, LocalDate day, Semester semester) {
        Optional<PartnerId> id = partner.map(Partner::id);
        Optional<BigDecimal> expected = forecasts.expectedOn(indicator, id, day).filter(e -> e.signum() > 0);
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        Measurement measured = monitoring.measure(indicator, day, id);
        if (!measured.measured()) {
            return Optional.empty();
        }
        BigDecimal ratio = measured.value().divide(expected.get(), 4, RoundingMode.HALF_UP);
        Optional<AlertSeverity> severity = severity(ratio);
        if (severity.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal atEnd = forecasts.forecast(indicator, id, semester.number()).orElse(expected.get());
        String scope = id.map(PartnerId::value).orElse("network");
        return Optional.of(new RaisedAlert(RULE, indicator.code() + "@" + scope, id, severity.get(),
                AlertTexts.of(messages, "monitoring.alert.behind", language -> new Object[]{
                        partner.map(Partner::shortName).orElseGet(() -> messages.getMessage("monitoring.alert.network", null,
                                language.locale())),
                        AlertTexts.number(measured.value(), language), indicator.name().in(language).text(),
                        AlertTexts.number(expected.get(), language), AlertTexts.date(day, language),
                        AlertTexts.number(atEnd, language), AlertTexts.date(semester.end(), language)})));
    }

    /** How far behind: empty at 90 % of the expected value or more. */
    static Optional<AlertSeverity> severity(BigDecimal ratio) {
        if (ratio.compareTo(new BigDecimal("0.5")) < 0) {
            return Optional.of(AlertSeverity.CRITICAL);
        }
        if (ratio.compareTo(new BigDecimal("0.75")) < 0) {
            return Optional.of(AlertSeverity.WARNING);
        }
        if (ratio.compareTo(new BigDecimal("0.9")) < 0) {
            return Optional.of(AlertSeverity.NOTICE);
        }
        return Optional.empty();
    }
}

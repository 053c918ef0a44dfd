package eu.cybersudoe.monitoring.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * In demo mode ({@code cybersudoe.demo=true}), runs the day's alert check once the other modules'
 * demo data is in place, so that the dashboard shows the alerts that data raises (the forecasts
 * follow their default line) without waiting for the night's round. It is the day's round: a node
 * started later the same day does not run it again.
 */
@Component
class DemoAlerts {

    private final boolean enabled;
    private final AlertService alerts;
    private final Clock clock;

    DemoAlerts(@Value("${cybersudoe.demo:false}") boolean enabled, AlertService alerts, Clock clock) {
        this.enabled = enabled;
        this.alerts = alerts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(90)
    public void onReady(ApplicationReadyEvent ready) {
        if (enabled) {
            alerts.check(LocalDate.now(clock), true);
        }
    }
}

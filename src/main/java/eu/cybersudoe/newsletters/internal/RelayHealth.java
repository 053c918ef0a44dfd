package eu.cybersudoe.newsletters.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether the relay answers, as this node's workers see it. An outage starts when no connection
 * can be opened, when the relay closes it with its refusal (a 421), or after
 * {@value #REFUSALS_IN_A_ROW} temporary refusals in a row without a message accepted; it ends with
 * the next message accepted. Each outage is logged twice, when it starts (a warning) and when it
 * ends (with its length and the copies deferred meanwhile), never once per copy. The outage goes
 * with the node's heartbeat ({@code newsletter_node}) so that the delivery page of any node shows
 * it, and is exposed as the gauges {@code newsletter_relay_up} and
 * {@code newsletter_relay_outage_seconds}; SMTP errors and connection failures are counters.
 */
@Component
public class RelayHealth {

    /** Temporary refusals in a row that make an outage although the connection stays open. */
    static final int REFUSALS_IN_A_ROW = 20;

    private static final Logger log = LoggerFactory.getLogger(RelayHealth.class);

    /** An outage: since when, and the last reply or failure. */
    public record Outage(Instant since, String problem) {
    }

    private final Clock clock;
    private final Counter connectionFailures;
    private final Counter temporaryErrors;
    private final Counter permanentErrors;
    private final AtomicInteger refusalsInARow = new AtomicInteger();
    private final AtomicInteger deferredDuringOutage = new AtomicInteger();
    private volatile Outage outage;

    RelayHealth(Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.connectionFailures = Counter.builder("newsletter.relay.connection.failures")
                .description("Connections to the SMTP relay that could not be opened or that it closed with a refusal")
                .register(registry);
        this.temporaryErrors = Counter.builder("newsletter.smtp.errors").tag("class", "4xx")
                .description("SMTP replies refusing a copy").register(registry);
        this.permanentErrors = Counter.builder("newsletter.smtp.errors").tag("class", "5xx")
                .description("SMTP replies refusing a copy").register(registry);
        Gauge.builder("newsletter.relay.up", this, health -> health.outage == null ? 1 : 0)
                .description("1 while the SMTP relay accepts copies, 0 during an outage seen by this node").register(registry);
        Gauge.builder("newsletter.relay.outage", this, RelayHealth::outageSeconds).baseUnit("seconds")
                .description("How long the current outage of the SMTP relay has lasted (0 without one)").register(registry);
    }

    /** Takes note of what the relay did with one copy. */
    void observe(Outcome outcome) {
        switch (outcome) {
            case Outcome.Delivered delivered -> answered();
            case Outcome.Deferred deferred -> refused(deferred);
            case Outcome.Failed failed -> {
                if (failed.code() >= 500) {
                    permanentErrors.increment();
                }
                refusalsInARow.set(0);
            }
            case Outcome.Uncertain uncertain -> down("connection lost while a copy was handed over: " + uncertain.reason());
        }
    }

    private void refused(Outcome.Deferred deferred) {
        if (deferred.code() >= 400) {
            temporaryErrors.increment();
        }
        if (deferred.relayIsDown()) {
            connectionFailures.increment();
        }
        if (outage != null) {
            deferredDuringOutage.incrementAndGet();
        }
        if (deferred.relayIsDown() || refusalsInARow.incrementAndGet() >= REFUSALS_IN_A_ROW) {
            down(deferred.reply());
        }
    }

    private synchronized void down(String problem) {
        if (outage == null) {
            outage = new Outage(clock.instant(), problem);
            deferredDuringOutage.set(1);
            log.warn("The newsletter relay is out of service: {}. Copies are deferred and tried again; this is logged again "
                    + "when it answers", problem);
        }
    }

    private void answered() {
        refusalsInARow.set(0);
        if (outage != null) {
            ended();
        }
    }

    private synchronized void ended() {
        Outage ended = outage;
        if (ended != null) {
            outage = null;
            log.warn("The newsletter relay answers again after {} s of outage; {} copies were deferred meanwhile",
                    Duration.between(ended.since(), clock.instant()).toSeconds(), deferredDuringOutage.get());
        }
    }

    /** The outage this node sees now, or null. */
    Outage current() {
        return outage;
    }

    private double outageSeconds() {
        Outage current = outage;
        return current == null ? 0 : Duration.between(current.since(), clock.instant()).toMillis() / 1000.0;
    }
}

package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.shared.JobLeases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The scheduled rounds of the alerts, each run once across the nodes: the node holding the lease
 * runs it, and the round's row ({@code monitoring_alert_round}), written in the round's own
 * transaction, stops a second run of the same day or week on any node.
 */
@Component
class AlertRounds {

    static final String CHECK_JOB = "monitoring.alert-check";
    static final String DIGEST_JOB = "monitoring.alert-digest";

    private final AlertService alerts;
    private final AlertDigest digest;
    private final JobLeases leases;
    private final Clock clock;

    AlertRounds(AlertService alerts, AlertDigest digest, JobLeases leases, Clock clock) {
        this.alerts = alerts;
        this.digest = digest;
        this.leases = leases;
        this.clock = clock;
    }

    /** Every day: the check of the day. */
    @Scheduled(cron = "${cybersudoe.monitoring.alert-check-cron:0 30 5 * * *}")
    void daily() {
        if (leases.take(CHECK_JOB, Duration.ofHours(1))) {
            alerts.check(LocalDate.now(clock), true);
        }
    }

    /** Every week: the digest of the week (its Monday), after the day's check. */
    @Scheduled(cron = "${cybersudoe.monitoring.alert-digest-cron:0 0 7 * * MON}")
    void weekly() {
        if (leases.take(DIGEST_JOB, Duration.ofHours(1))) {
            digest.plan(LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }
    }
}

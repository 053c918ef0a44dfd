package eu.cybersudoe.shared.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import eu.cybersudoe.shared.JobLeases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Resubmits the publications whose listener failed (a relay that refused a message, a database
 * that went away) every {@code cybersudoe.events.retry-every}, asking Spring Modulith for those
 * at least {@code cybersudoe.events.retry-after} old; a listener that fails again waits for the
 * next round.
 */
@Component
@ConditionalOnProperty(name = "cybersudoe.events.retries", havingValue = "true", matchIfMissing = true)
class EventRetries {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

    /** The lease of a round: one node resubmits at a time, so two nodes never send one e-mail twice. */
    static final String JOB = "event-retries";

    private final FailedEventPublications failed;
    private final Duration after;
    private final JobLeases leases;

    EventRetries(FailedEventPublications failed, @Value("${cybersudoe.events.retry-after:PT1M}") Duration after,
                 JobLeases leases) {
        this.failed = failed;
        this.after = after;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "${cybersudoe.events.retry-every:PT1M}", initialDelayString = "${cybersudoe.events.retry-every:PT1M}")
    void retry() {
        if (!leases.take(JOB, Duration.ofMinutes(5))) {
            return; // another node runs this round
        }
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(after));
        } catch (RuntimeException notNow) {
            log.warn("Failed event publications could not be resubmitted now", notNow);
        } finally {
            leases.release(JOB);
        }
    }
}

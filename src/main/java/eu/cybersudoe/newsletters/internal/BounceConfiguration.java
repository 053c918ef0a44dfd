package eu.cybersudoe.newsletters.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import eu.cybersudoe.shared.JobLeases;

import java.util.Map;

/** Reads the return-path and bounce-mailbox settings; polls the mailbox when it is enabled. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BounceSettings.class)
class BounceConfiguration {

    @Bean
    @ConditionalOnProperty(name = "cybersudoe.newsletters.bounces.enabled", havingValue = "true")
    BouncePoller bouncePoller(BounceMailbox mailbox, JobLeases leases) {
        return new BouncePoller(mailbox, leases);
    }

    /**
     * Reads the bounce mailbox every {@code cybersudoe.newsletters.bounces.poll-interval}, when
     * scheduling is on ({@code cybersudoe.scheduling.enabled}). A failed poll is logged and tried
     * again at the next one.
     */
    static final class BouncePoller {

        private static final Logger log = LoggerFactory.getLogger(BouncePoller.class);

        /** One node reads the mailbox at a time, whichever has the lease. */
        static final String JOB = "bounce-mailbox";

        private final BounceMailbox mailbox;
        private final JobLeases leases;

        BouncePoller(BounceMailbox mailbox, JobLeases leases) {
            this.mailbox = mailbox;
            this.leases = leases;
        }

        @Scheduled(fixedDelayString = "${cybersudoe.newsletters.bounces.poll-interval:PT5M}", initialDelayString = "PT1M")
        void poll() {
            if (!leases.take(JOB, java.time.Duration.ofMinutes(10))) {
                return;
            }
            try {
                Map<BounceProcessor.Result, Integer> results = mailbox.poll();
                if (!results.isEmpty()) {
                    log.info("Bounce mailbox read: {}", results);
                }
            } catch (jakarta.mail.MessagingException | RuntimeException failed) {
                log.warn("Bounce mailbox: reading failed; it is read again at the next poll", failed);
            } finally {
                leases.release(JOB);
            }
        }
    }
}

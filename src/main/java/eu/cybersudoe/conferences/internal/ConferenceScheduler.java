package eu.cybersudoe.conferences.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls the conference jobs every minute ({@code cybersudoe.conferences.jobs-every}). Turned off
 * with {@code cybersudoe.conferences.scheduler=false}, as tests do to run the jobs themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cybersudoe.conferences.scheduler", havingValue = "true", matchIfMissing = true)
class ConferenceScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConferenceScheduler.class);

    private final ConferenceJobs jobs;

    ConferenceScheduler(ConferenceJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(fixedDelayString = "${cybersudoe.conferences.jobs-every:PT1M}", initialDelayString = "PT30S")
    void poll() {
        try {
            int run = jobs.runDue();
            if (run > 0) {
                log.info("Conference jobs: {} run", run);
            }
        } catch (RuntimeException failed) {
            log.warn("Conference jobs: a run failed; due jobs will be tried again", failed);
        }
    }
}

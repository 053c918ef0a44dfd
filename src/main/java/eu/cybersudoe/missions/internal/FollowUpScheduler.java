package eu.cybersudoe.missions.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls the missions' due follow-ups ({@code cybersudoe.missions.jobs-every}, every ten minutes by
 * default). Turned off with {@code cybersudoe.missions.scheduler=false}, as tests do to run them
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cybersudoe.missions.scheduler", havingValue = "true", matchIfMissing = true)
class FollowUpScheduler {

    private static final Logger log = LoggerFactory.getLogger(FollowUpScheduler.class);

    private final MissionFollowUps followUps;

    FollowUpScheduler(MissionFollowUps followUps) {
        this.followUps = followUps;
    }

    @Scheduled(fixedDelayString = "${cybersudoe.missions.jobs-every:PT10M}", initialDelayString = "PT1M")
    void poll() {
        try {
            int claimed = followUps.runDue();
            if (claimed > 0) {
                log.info("Mission follow-ups: {} due, sent after commit", claimed);
            }
        } catch (RuntimeException failed) {
            log.warn("Mission follow-ups: a run failed; due ones will be tried again", failed);
        }
    }
}

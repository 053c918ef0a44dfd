package eu.cybersudoe.diagnostics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the due retake invitations every ten minutes ({@code cybersudoe.diagnostics.retakes-every}),
 * when scheduling is on ({@code cybersudoe.scheduling.enabled}).
 */
@Configuration(proxyBeanMethods = false)
class RetakeScheduler {

    private static final Logger log = LoggerFactory.getLogger(RetakeScheduler.class);

    private final RetakeInvitationStore invitations;

    RetakeScheduler(RetakeInvitationStore invitations) {
        this.invitations = invitations;
    }

    @Scheduled(fixedDelayString = "${cybersudoe.diagnostics.retakes-every:PT10M}", initialDelayString = "PT1M")
    void poll() {
        try {
            int claimed = invitations.sendDue();
            if (claimed > 0) {
                log.info("Diagnostics: {} retake invitation(s) due, sent after commit", claimed);
            }
        } catch (RuntimeException failed) {
            log.warn("Diagnostics: sending retake invitations failed; they will be tried again", failed);
        }
    }
}

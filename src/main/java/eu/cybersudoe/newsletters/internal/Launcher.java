package eu.cybersudoe.newsletters.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Launches an issue: in one transaction, moves it to {@link IssueState#SENDING} and freezes its
 * audience as send records, so that workers see either the whole audience or none of it, and two
 * nodes launching the same scheduled issue at once launch it once. Nothing is launched without the
 * sender's postal address. The support structures and software editors it goes to are recorded
 * as informed of the programme ({@link InformedOrganisations}).
 */
@Component
class Launcher {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);

    private final Issues issues;
    private final Audience audience;
    private final SenderAddress senderAddress;
    private final InformedOrganisations informed;
    private final Clock clock;

    Launcher(Issues issues, Audience audience, SenderAddress senderAddress, InformedOrganisations informed, Clock clock) {
        this.informed = informed;
        this.senderAddress = senderAddress;
        this.issues = issues;
        this.audience = audience;
        this.clock = clock;
    }

    /** Launches an approved issue now; -1 when it is not approved (any more). */
    @Transactional
    public long launchApproved(long issueId) {
        return launch(issueId, IssueState.APPROVED);
    }

    /** Launches a scheduled issue; -1 when it is not scheduled (any more). */
    @Transactional
    public long launchScheduled(long issueId) {
        return launch(issueId, IssueState.SCHEDULED);
    }

    private long launch(long issueId, IssueState from) {
        if (senderAddress.postalAddress().isEmpty()) {
            log.warn("Newsletter issue {} not launched: no postal address for the sender (set NEWSLETTER_POSTAL_ADDRESS or the "
                    + "lead partner's address in partners.yml)", issueId);
            return -1;
        }
        Instant now = clock.instant();
        if (!issues.move(issueId, from, IssueState.SENDING, now)) {
            return -1;
        }
        Issue issue = issues.find(issueId).orElseThrow();
        long recipients = audience.freeze(issue, issues.variants(issueId).keySet(), Timestamp.from(now));
        informed.launched(issue, now, clock.getZone());
        audience.refreshStatistics();
        log.info("Newsletter issue {} launched to {} addresses", issue.number(), recipients);
        return recipients;
    }
}

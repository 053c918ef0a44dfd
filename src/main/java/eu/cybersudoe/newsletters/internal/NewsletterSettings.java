package eu.cybersudoe.newsletters.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The delivery settings, under {@code cybersudoe.newsletters}.
 *
 * @param connections   SMTP connections kept open to the relay by this node, one per delivery worker
 * @param ratePerSecond the most messages this node submits per second, all workers together
 * @param batchSize     send records a worker claims at once
 * @param stepSize      copies a worker hands to the relay between two records of its progress; at most
 *                      this many per worker (per SMTP connection) become "uncertain" when the node is killed
 * @param maxAttempts   attempts before a temporarily refused message is given up as failed
 * @param retryDelay    the wait before the first new attempt; it doubles with each attempt
 * @param pollInterval  how often an idle worker looks for work (and scheduled issues are launched)
 * @param nodeTimeout   a node that has not beaten for this long is dead: its claimed records become uncertain
 * @param workers       whether this node delivers at all (a node may only serve pages)
 * @param sender        the sender's identity, printed in every issue's footer
 * @param postalAddress the sender's postal address, printed in every issue's footer; when blank, the lead
 *                      partner's from the partners' reference data ({@link SenderAddress})
 * @param tracking      what is measured of the recipients' reading
 */
@ConfigurationProperties("cybersudoe.newsletters")
public record NewsletterSettings(@DefaultValue("4") int connections,
                                 @DefaultValue("200") int ratePerSecond,
                                 @DefaultValue("100") int batchSize,
                                 @DefaultValue("25") int stepSize,
                                 @DefaultValue("5") int maxAttempts,
                                 @DefaultValue("5m") Duration retryDelay,
                                 @DefaultValue("1s") Duration pollInterval,
                                 @DefaultValue("60s") Duration nodeTimeout,
                                 @DefaultValue("true") boolean workers,
                                 @DefaultValue("CyberSudoe network") String sender,
                                 @DefaultValue("") String postalAddress,
                                 @DefaultValue Tracking tracking) {

    /**
     * What is measured of the recipients' reading, under {@code cybersudoe.newsletters.tracking}.
     *
     * @param clicks     links in the HTML part go through a signed redirect that counts the click
     * @param openPixel  an invisible image counts the opening (off by default: it tells the sender when
     *                   someone reads, and mail clients often load it on their own, so it measures little)
     * @param individual clicks and openings are kept per copy (and so per recipient); when off, only per
     *                   issue, language and country, and the links are the same for every recipient of a
     *                   country and language
     */
    public record Tracking(@DefaultValue("true") boolean clicks, @DefaultValue("false") boolean openPixel,
                           @DefaultValue("true") boolean individual) {
    }

    public NewsletterSettings {
        if (connections < 1 || ratePerSecond < 1 || batchSize < 1 || stepSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("cybersudoe.newsletters: connections, rate-per-second, batch-size, "
                    + "step-size and max-attempts must be at least 1");
        }
    }

    /** The wait before attempt {@code attempt + 1} after {@code attempt} temporary refusals. */
    Duration backOff(int attempt) {
        return retryDelay.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 10));
    }
}

package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.ContactDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What an unsubscribe link or address does, whichever way it is used: a mail client's one-click
 * POST (RFC 8058), the unsubscribe page, or a message sent to the {@code mailto:} address. The
 * newsletter consent is withdrawn in the registry (the history keeps the withdrawal and where it
 * came from) and the address is suppressed, so no later issue goes to it; the person may also
 * stop or keep the other purposes from the page. Every call is idempotent.
 */
@Component
public class Unsubscriptions {

    /** How the request came. */
    public enum Channel { ONE_CLICK, PAGE, MAILTO }

    private final UnsubscribeLinks links;
    private final ContactDirectory contacts;
    private final Suppressions suppressions;
    private final Issues issues;
    private final JdbcClient jdbc;
    private final Clock clock;

    Unsubscriptions(UnsubscribeLinks links, ContactDirectory contacts, Suppressions suppressions, Issues issues,
                    JdbcClient jdbc, Clock clock) {
        this.links = links;
        this.contacts = contacts;
        this.suppressions = suppressions;
        this.issues = issues;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stops the newsletter for the address the token names; empty when the token is not one of ours. */
    @Transactional
    public Optional<UnsubscribeLinks.Subscriber> stopNewsletter(String token, Channel channel) {
        Optional<UnsubscribeLinks.Subscriber> subscriber = links.read(token);
        subscriber.ifPresent(s -> stop(s, ConsentPurpose.NEWSLETTER, channel));
        return subscriber;
    }

    /**
     * The page's choice: stops the newsletter and every purpose not kept; a purpose kept is left
     * as it is (the page never gives a consent that was not given).
     */
    @Transactional
    public Optional<UnsubscribeLinks.Subscriber> choose(String token, Set<ConsentPurpose> kept) {
        Optional<UnsubscribeLinks.Subscriber> subscriber = links.read(token);
        subscriber.ifPresent(s -> {
            for (ConsentPurpose purpose : ConsentPurpose.values()) {
                if (purpose == ConsentPurpose.NEWSLETTER || !kept.contains(purpose)) {
                    stop(s, purpose, Channel.PAGE);
                }
            }
        });
        return subscriber;
    }

    /** The purposes the person at that address consents to now. */
    public Set<ConsentPurpose> consentsOf(UnsubscribeLinks.Subscriber subscriber) {
        return contacts.consentsOf(subscriber.email());
    }

    /** Whether the address no longer receives the newsletter. */
    public boolean stopped(UnsubscribeLinks.Subscriber subscriber) {
        return suppressions.reason(subscriber.email()).isPresent();
    }

    private void stop(UnsubscribeLinks.Subscriber subscriber, ConsentPurpose purpose, Channel channel) {
        Instant now = clock.instant();
        String source = "unsubscribe (" + channel.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "): issue "
                + issues.find(subscriber.issueId()).map(Issue::number).orElse(0);
        contacts.withdraw(subscriber.email(), purpose, source);
        if (purpose == ConsentPurpose.NEWSLETTER) {
            suppressions.suppress(subscriber.email(), Suppressions.Reason.UNSUBSCRIBED, source, now);
            jdbc.sql("insert into newsletter_unsubscribe (issue_id, email_key, channel, created_at) values (?, ?, ?, ?) "
                            + "on conflict do nothing")
                    .params(subscriber.issueId(), Audience.key(subscriber.email()), channel.name(), Timestamp.from(now))
                    .update();
        }
    }
}

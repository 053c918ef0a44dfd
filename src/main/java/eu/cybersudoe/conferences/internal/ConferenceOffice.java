package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.companies.classification.PostcodeRegions;
import eu.cybersudoe.conferences.ConferenceHeld;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static eu.cybersudoe.conferences.internal.ConferenceStore.timestamp;

/**
 * What organisers do with a conference: draft it, change it, publish it on the agenda, cancel
 * it (every registered person is told), close it (attendance is frozen, participants are asked
 * for a rating, and {@link ConferenceHeld} is published when someone attended). The messages are
 * owed through {@link RegistrationMails.Due} in the same transaction and sent after it commits. Callers check
 * first that the person may act for the conference's partner.
 */
@Service
public class ConferenceOffice {

    /** Reminders go this long before the start. */
    static final Duration REMINDER_BEFORE = Duration.ofDays(1);

    private final ConferenceStore conferences;
    private final RegistrationStore registrations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PostcodeRegions regions;

    ConferenceOffice(ConferenceStore conferences, RegistrationStore registrations,
                     ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc, Clock clock,
                     PostcodeRegions regions) {
        this.regions = regions;
        this.conferences = conferences;
        this.registrations = registrations;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long create(String partnerId, ConferenceDetails details) {
        return conferences.insert(partnerId, placed(details), clock.instant());
    }

    /**
     * A conference with a venue is in the NUTS 2 region of the venue's postcode (a conference in Clermont-Ferrand
     * is in Auvergne, whatever the organiser's other regions); the region chosen is kept only when there is no
     * venue or its postcode cannot be placed.
     */
    ConferenceDetails placed(ConferenceDetails details) {
        if (!details.format().hasVenue() || details.country() == null || details.postcode() == null) {
            return details;
        }
        return regions.nuts2(details.country(), details.postcode()).map(details::inRegion).orElse(details);
    }

    /**
     * Stores new details; a published conference's reminder follows its new start.
     *
     * @return false when the capacity is below the seats already taken
     */
    public boolean update(long id, ConferenceDetails given) {
        ConferenceDetails details = placed(given);
        Conference conference = conferences.find(id).orElseThrow();
        Boolean done = transactions.execute(status -> {
            if (!conferences.update(id, conference.partnerId(), details, clock.instant())) {
                return false;
            }
            jdbc.sql("update conference_job set due_at = ? where conference_id = ? and kind = 'REMINDER' and done_at is null")
                    .params(timestamp(details.startsAt().minus(REMINDER_BEFORE)), id).update();
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Puts a draft on the public agenda and schedules its reminder. */
    public boolean publish(long id) {
        Boolean done = transactions.execute(status -> {
            Instant now = clock.instant();
            if (!conferences.move(id, ConferenceStatus.DRAFT, ConferenceStatus.PUBLISHED, "published_at", now)) {
                return false;
            }
            Conference conference = conferences.find(id).orElseThrow();
            ConferenceJobs.schedule(jdbc, id, ConferenceJobs.REMINDER, 0, conference.startsAt().minus(REMINDER_BEFORE));
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Cancels a draft or a published conference and tells every registered or waiting person. */
    public boolean cancel(long id) {
        Instant now = clock.instant();
        Boolean done = transactions.execute(status -> {
            if (!conferences.move(id, ConferenceStatus.PUBLISHED, ConferenceStatus.CANCELLED, "cancelled_at", now)
                    && !conferences.move(id, ConferenceStatus.DRAFT, ConferenceStatus.CANCELLED, "cancelled_at", now)) {
                return false;
            }
            for (Registration registration : registrations.of(id)) {
                if (registration.status() != RegistrationStatus.CANCELLED && registration.email() != null) {
                    events.publishEvent(new RegistrationMails.Due(registration.id(), RegistrationMails.Kind.CANCELLED));
                }
            }
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /**
     * Closes a published conference once it has started: its attendance is frozen from now on,
     * each participant is asked for a rating, and it is counted as held when someone attended.
     */
    public boolean close(long id) {
        Instant now = clock.instant();
        Conference before = conferences.find(id).orElseThrow();
        if (before.startsAt().isAfter(now)) {
            return false;
        }
        Boolean closed = transactions.execute(status -> {
            if (!conferences.move(id, ConferenceStatus.PUBLISHED, ConferenceStatus.CLOSED, "closed_at", now)) {
                return false;
            }
            List<Registration> present = registrations.confirmed(id).stream().filter(Registration::attended).toList();
            if (!present.isEmpty()) {
                int companies = (int) present.stream().map(Registration::company).distinct().count();
                events.publishEvent(new ConferenceHeld(id, before.partnerId(), before.kind(), before.details().themes(),
                        before.startsAt(), companies, present.size()));
            }
            for (Registration registration : present) {
                if (registration.email() != null && registrations.stampOnce(registration.id(), "rating_asked_at", now)) {
                    events.publishEvent(new RegistrationMails.Due(registration.id(), RegistrationMails.Kind.RATING));
                }
            }
            return true;
        });
        return Boolean.TRUE.equals(closed);
    }
}

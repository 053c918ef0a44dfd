package eu.cybersudoe.conferences.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static eu.cybersudoe.conferences.internal.ConferenceStore.timestamp;

/**
 * The durable jobs of the conferences: reminders the day before and scheduled invitations. They
 * are rows of {@code conference_job}; a scheduler polls the due ones every minute and claims each
 * with a conditional update, so that a job runs once even with several nodes, and survives
 * restarts. Each reminder is stamped on its registration in the transaction that owes it
 * ({@link RegistrationMails.Due}, sent after the commit), so that no one is reminded twice.
 */
@Component
public class ConferenceJobs {

    static final String REMINDER = "REMINDER";
    static final String INVITATION = "INVITATION";

    private static final Logger log = LoggerFactory.getLogger(ConferenceJobs.class);

    private final JdbcClient jdbc;
    private final ConferenceStore conferences;
    private final RegistrationStore registrations;
    private final Invitations invitations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConferenceJobs(JdbcClient jdbc, ConferenceStore conferences, RegistrationStore registrations, @Lazy Invitations invitations,
                   ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.conferences = conferences;
        this.registrations = registrations;
        this.invitations = invitations;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Adds a job unless the same one exists. */
    static void schedule(JdbcClient jdbc, long conferenceId, String kind, long referenceId, Instant dueAt) {
        try {
            jdbc.sql("insert into conference_job (conference_id, kind, reference_id, due_at) values (?, ?, ?, ?)")
                    .params(conferenceId, kind, referenceId, timestamp(dueAt)).update();
        } catch (DuplicateKeyException exists) {
            jdbc.sql("update conference_job set due_at = ? where conference_id = ? and kind = ? and reference_id = ? and done_at is null")
                    .params(timestamp(dueAt), conferenceId, kind, referenceId).update();
        }
    }

    /** Runs every job due now; returns how many were run. */
    public int runDue() {
        Instant now = clock.instant();
        List<Job> due = jdbc.sql("select id, conference_id, kind, reference_id from conference_job where done_at is null and due_at <= ? order by due_at, id")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Job(rs.getLong("id"), rs.getLong("conference_id"), rs.getString("kind"), rs.getLong("reference_id")))
                .list();
        int run = 0;
        for (Job job : due) {
            if (jdbc.sql("update conference_job set done_at = ? where id = ? and done_at is null")
                    .params(Timestamp.from(now), job.id()).update() == 1) {
                run(job, now);
                run++;
            }
        }
        return run;
    }

    private void run(Job job, Instant now) {
        switch (job.kind()) {
            case REMINDER -> remind(job.conferenceId(), now);
            case INVITATION -> invitations.send(job.referenceId());
            default -> log.warn("Conference job {} of unknown kind {}", job.id(), job.kind());
        }
    }

    private void remind(long conferenceId, Instant now) {
        Conference conference = conferences.find(conferenceId).orElse(null);
        if (conference == null || conference.status() != ConferenceStatus.PUBLISHED || conference.isPast(now)) {
            return;
        }
        for (Registration registration : registrations.confirmed(conferenceId)) {
            if (registration.email() != null) {
                transactions.executeWithoutResult(status -> {
                    if (registrations.stampOnce(registration.id(), "reminded_at", now)) {
                        events.publishEvent(new RegistrationMails.Due(registration.id(), RegistrationMails.Kind.REMINDER));
                    }
                });
            }
        }
    }

    private record Job(long id, long conferenceId, String kind, long referenceId) {
    }
}

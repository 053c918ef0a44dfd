package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.ContactDirectory;
import eu.cybersudoe.companies.Segments;
import eu.cybersudoe.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.InformedChannel;
import eu.cybersudoe.companies.OrganisationInformed;
import org.springframework.context.ApplicationEventPublisher;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static eu.cybersudoe.conferences.internal.ConferenceStore.instant;
import static eu.cybersudoe.conferences.internal.ConferenceStore.timestamp;

/**
 * Invitations to a conference: to the contacts of one of the partner's saved segments who agreed
 * to receive event invitations (the registry streams only those), or to a press list typed by
 * the organisers. Sent now or at a set time (a durable job); each recipient is written to in
 * their language, and the send list with each result stays on the conference.
 */
@Service
public class Invitations {

    /** Press releases for committee seminars go this long before the seminar, unless the organisers choose otherwise. */
    public static final Duration PRESS_RELEASE_BEFORE = Duration.ofDays(15);

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final ConferenceStore conferences;
    private final Segments segments;
    private final ContactDirectory contacts;
    private final ConferenceMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Writes each recipient in a transaction of its own: the registry streams the audience in a read-only one. */
    private final TransactionTemplate ownTransaction;

    Invitations(JdbcClient jdbc, ConferenceStore conferences, Segments segments, ContactDirectory contacts, ConferenceMails mails,
                ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.conferences = conferences;
        this.segments = segments;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** One press contact: an address and the language to write in. */
    public record PressContact(String email, Language language) {
    }

    /**
     * Reads a press list: one address a line, optionally followed by a language code
     * ({@code journalist@example.pt pt}); lines that are not addresses are returned as refused.
     */
    public static PressList parse(String text, Language fallback) {
        List<PressContact> contacts = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String[] parts = line.strip().split("[\\s,;]+");
            if (parts.length == 0 || parts[0].isBlank()) {
                continue;
            }
            if (!EMAIL.matcher(parts[0]).matches() || parts.length > 2) {
                refused.add(line.strip());
                continue;
            }
            Language language = parts.length == 2 ? Language.fromCode(parts[1].toLowerCase(Locale.ROOT)).orElse(null) : fallback;
            if (language == null) {
                refused.add(line.strip());
            } else {
                contacts.add(new PressContact(parts[0], language));
            }
        }
        return new PressList(contacts, refused);
    }

    public record PressList(List<PressContact> contacts, List<String> refused) {
    }

    /** Plans an invitation to a segment's contacts; sent by the jobs at {@code at} (now or later). */
    public long toSegment(long conferenceId, long segmentId, Instant at, Long createdBy) {
        return plan(conferenceId, "SEGMENT", segmentId, null, at, createdBy);
    }

    /** Plans a press release to a press list. */
    public long toPress(long conferenceId, String pressList, Instant at, Long createdBy) {
        return plan(conferenceId, "PRESS", null, pressList, at, createdBy);
    }

    private long plan(long conferenceId, String audience, Long segmentId, String pressList, Instant at, Long createdBy) {
        Instant now = clock.instant();
        Instant when = at == null || at.isBefore(now) ? now : at;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into conference_invitation (conference_id, audience, segment_id, press_list, scheduled_at, sent, failed,
                            created_by, created_at) values (?, ?, ?, ?, ?, 0, 0, ?, ?)""")
                .params(conferenceId, audience, segmentId, pressList, timestamp(when), createdBy, timestamp(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        ConferenceJobs.schedule(jdbc, conferenceId, ConferenceJobs.INVITATION, id, when);
        return id;
    }

    /** Sends an invitation once: the first caller claims it, later ones do nothing. */
    void send(long invitationId) {
        Instant now = clock.instant();
        if (jdbc.sql("update conference_invitation set sent_at = ? where id = ? and sent_at is null")
                .params(timestamp(now), invitationId).update() != 1) {
            return;
        }
        var row = jdbc.sql("select conference_id, audience, segment_id, press_list from conference_invitation where id = ?")
                .param(invitationId).query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getObject(3), rs.getString(4)})
                .single();
        Conference conference = conferences.find((Long) row[0]).orElseThrow();
        if (conference.status() != ConferenceStatus.PUBLISHED) {
            return;
        }
        int[] counts = new int[2];
        if ("SEGMENT".equals(row[1])) {
            segments.forEachContact(((Number) row[2]).longValue(), ConsentPurpose.EVENT_INVITATIONS,
                    contact -> deliver(invitationId, conference, contact.email(), contact.firstName(), contact.language(), contact.company(),
                            counts));
        } else {
            for (PressContact contact : parse((String) row[3], Language.DEFAULT).contacts()) {
                if (!contacts.withdrew(contact.email(), ConsentPurpose.EVENT_INVITATIONS)) {
                    deliver(invitationId, conference, contact.email(), null, contact.language(), null, counts);
                }
            }
        }
        jdbc.sql("update conference_invitation set sent = ?, failed = ? where id = ?").params(counts[0], counts[1], invitationId).update();
    }

    /**
     * Sends one invitation; a press contact has no organisation ({@code company} null). An organisation
     * of the registry that was sent it is recorded as informed of the programme ({@link OrganisationInformed}).
     */
    private void deliver(long invitationId, Conference conference, String email, String firstName, Language language, CompanyId company,
                         int[] counts) {
        boolean press = company == null;
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                            "insert into conference_invitation_recipient (invitation_id, email, language, status) values (?, ?, ?, 'PENDING')")
                    .params(invitationId, email.strip().toLowerCase(Locale.ROOT), language.code()).update());
        } catch (DuplicateKeyException sameAddressTwice) {
            return;
        }
        String status;
        try {
            mails.invitation(conference, email, firstName, language, press);
            status = "SENT";
            counts[0]++;
        } catch (RuntimeException failed) {
            log.warn("Conference {}: invitation to one recipient failed", conference.id(), failed);
            status = "FAILED";
            counts[1]++;
        }
        String result = status;
        ownTransaction.executeWithoutResult(tx -> {
            jdbc.sql("update conference_invitation_recipient set status = ? where invitation_id = ? and email = ?")
                    .params(result, invitationId, email.strip().toLowerCase(Locale.ROOT)).update();
            if (!press && "SENT".equals(result)) {
                events.publishEvent(new OrganisationInformed(company, conference.partnerId(), InformedChannel.EVENT_INVITATION,
                        LocalDate.ofInstant(clock.instant(), clock.getZone()), conference.title().in(language).text(), null,
                        "CyberSudoe", "conference-invitation-" + invitationId));
            }
        });
    }

    /** The conference's invitations, latest first. */
    public List<Sent> of(long conferenceId) {
        return jdbc.sql("""
                        select id, audience, segment_id, scheduled_at, sent_at, sent, failed from conference_invitation
                        where conference_id = ? order by scheduled_at desc, id desc""")
                .param(conferenceId)
                .query((rs, n) -> new Sent(rs.getLong("id"), rs.getString("audience"),
                        rs.getObject("segment_id") == null ? null : rs.getLong("segment_id"), instant(rs, "scheduled_at"),
                        instant(rs, "sent_at"), rs.getInt("sent"), rs.getInt("failed")))
                .list();
    }

    /** The recipients of one invitation with their result. */
    public List<Recipient> recipients(long invitationId) {
        return jdbc.sql("select email, language, status from conference_invitation_recipient where invitation_id = ? order by email")
                .param(invitationId)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * An invitation as the conference page lists it.
     *
     * @param audience {@code SEGMENT} or {@code PRESS}
     */
    public record Sent(long id, String audience, Long segmentId, Instant scheduledAt, Instant sentAt, int sent, int failed) {
    }

    public record Recipient(String email, String language, String status) {
    }
}

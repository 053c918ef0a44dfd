package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.companies.AssociatedStructures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Events an associated structure proposes for the agenda: a draft of its sponsoring partner,
 * marked with the structure, which the partner's staff are told of by e-mail, then review, edit and
 * publish as any other, or refuse with a reason the proposer receives.
 */
@Service
@Transactional
public class Proposals {

    /** Longest refusal reason kept. */
    public static final int REASON_LENGTH = 2000;

    private final ConferenceOffice office;
    private final ConferenceStore conferences;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Proposals(ConferenceOffice office, ConferenceStore conferences, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.office = office;
        this.conferences = conferences;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes the event as a draft of the structure's sponsor, whose staff are told by e-mail; returns its id. */
    public long propose(AssociatedStructures.Membership membership, long proposerAccountId, ConferenceDetails details) {
        long id = office.create(membership.sponsorPartnerId(), details);
        jdbc.sql("update conference set proposed_by_organisation = ?, proposed_by_name = ?, proposed_by_account = ? where id = ?")
                .params(membership.structure().value(), membership.structureName(), proposerAccountId, id).update();
        events.publishEvent(new ProposalMails.Due(id, ProposalMails.Kind.PROPOSED));
        return id;
    }

    /**
     * The sponsor refuses a proposal still in draft: it is cancelled, its reason kept and mailed to the member who
     * proposed it. False when it is no draft proposal, or the reason is blank or too long.
     */
    public boolean refuse(long conferenceId, String reason) {
        String kept = reason == null ? "" : reason.strip();
        if (kept.isEmpty() || kept.length() > REASON_LENGTH || proposer(conferenceId).isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        if (!conferences.move(conferenceId, ConferenceStatus.DRAFT, ConferenceStatus.CANCELLED, "cancelled_at", now)) {
            return false;
        }
        jdbc.sql("update conference set proposal_refused_at = ?, proposal_refusal = ? where id = ?")
                .params(ConferenceStore.timestamp(now), kept, conferenceId).update();
        events.publishEvent(new ProposalMails.Due(conferenceId, ProposalMails.Kind.REFUSED));
        return true;
    }

    /** Why the sponsor refused the proposal, if it did. */
    @Transactional(readOnly = true)
    public Optional<String> refusal(long conferenceId) {
        return jdbc.sql("select proposal_refusal from conference where id = ? and proposal_refused_at is not null")
                .param(conferenceId).query(String.class).optional();
    }

    /** The structure's proposals, latest first. */
    @Transactional(readOnly = true)
    public List<Conference> of(AssociatedStructures.Membership membership) {
        return jdbc.sql("select id from conference where proposed_by_organisation = ? order by id desc")
                .param(membership.structure().value()).query(Long.class).list().stream()
                .map(conferences::find).flatMap(Optional::stream).toList();
    }

    /** The name of the structure that proposed the conference, if one did. */
    @Transactional(readOnly = true)
    public Optional<String> proposer(long conferenceId) {
        return jdbc.sql("select proposed_by_name from conference where id = ? and proposed_by_organisation is not null")
                .param(conferenceId).query(String.class).optional();
    }
}

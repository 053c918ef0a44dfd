package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.companies.AssociatedStructures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Events an associated structure proposes for the agenda: a draft of its sponsoring partner,
 * marked with the structure, which the partner's staff review, edit and publish as any other.
 */
@Service
@Transactional
public class Proposals {

    private final ConferenceOffice office;
    private final ConferenceStore conferences;
    private final JdbcClient jdbc;

    Proposals(ConferenceOffice office, ConferenceStore conferences, JdbcClient jdbc) {
        this.office = office;
        this.conferences = conferences;
        this.jdbc = jdbc;
    }

    /** Proposes the event as a draft of the structure's sponsor; returns its id. */
    public long propose(AssociatedStructures.Membership membership, ConferenceDetails details) {
        long id = office.create(membership.sponsorPartnerId(), details);
        jdbc.sql("update conference set proposed_by_organisation = ?, proposed_by_name = ? where id = ?")
                .params(membership.structure().value(), membership.structureName(), id).update();
        return id;
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

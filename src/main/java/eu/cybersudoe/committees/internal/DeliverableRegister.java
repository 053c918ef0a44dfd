package eu.cybersudoe.committees.internal;

import eu.cybersudoe.committees.GroupKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The register of deliverables: added by those who run the technical committee, started and
 * submitted by their owner partner's managers, validated with a decision of the technical
 * committee's register or returned with comments by those who run it.
 */
@Service
public class DeliverableRegister {

    /** A deliverable as typed on the form. */
    public record Details(String code, String workPackage, Deliverable.Kind kind, String title, String termsOfReference,
                          String ownerPartnerId, LocalDate dueOn) {
    }

    private static final String COLUMNS = """
            select id, code, work_package, kind, title, terms_of_reference, owner_partner_id, due_on, state, decision_id, comments
            from committee_deliverable""";

    private final JdbcClient jdbc;
    private final GroupStore groups;
    private final GroupRights rights;
    private final RegisterStore register;
    private final Clock clock;

    DeliverableRegister(JdbcClient jdbc, GroupStore groups, GroupRights rights, RegisterStore register, Clock clock) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.rights = rights;
        this.register = register;
        this.clock = clock;
    }

    public List<Deliverable> all() {
        return jdbc.sql(COLUMNS + " order by work_package, due_on, code").query(DeliverableRegister::deliverable).list();
    }

    public Optional<Deliverable> find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(DeliverableRegister::deliverable).optional();
    }

    /** Whether the person runs the technical committee (adds, validates and returns deliverables). */
    public boolean runsTechnicalCommittee(Person person) {
        return groups.ofKind(GroupKind.TECHNICAL).map(g -> rights.runs(g.id(), person)).orElse(person.networkAdmin());
    }

    @Transactional
    public Outcome add(Person person, Details details) {
        if (!runsTechnicalCommittee(person)) {
            return Outcome.refused("committees.refused.notRunning");
        }
        try {
            jdbc.sql("""
                            insert into committee_deliverable (code, work_package, kind, title, terms_of_reference, owner_partner_id,
                                due_on, state, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?)""")
                    .params(details.code(), details.workPackage(), details.kind().name(), details.title(), details.termsOfReference(),
                            details.ownerPartnerId(), Date.valueOf(details.dueOn()), Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException taken) {
            return Outcome.refusedOn("code", "committees.refused.codeTaken");
        }
        return Outcome.done("committees.deliverable.added");
    }

    @Transactional
    public Outcome start(Deliverable deliverable, Person person) {
        if (!owns(deliverable, person)) {
            return Outcome.refused("committees.refused.notOwner");
        }
        return save(deliverable.start());
    }

    @Transactional
    public Outcome submit(Deliverable deliverable, Person person) {
        if (!owns(deliverable, person)) {
            return Outcome.refused("committees.refused.notOwner");
        }
        return save(deliverable.submit());
    }

    /** Validates it with the technical committee's decision of that number. */
    @Transactional
    public Outcome validate(Deliverable deliverable, Person person, int decisionNumber) {
        if (!runsTechnicalCommittee(person)) {
            return Outcome.refused("committees.refused.notRunning");
        }
        long technical = groups.ofKind(GroupKind.TECHNICAL).orElseThrow().id();
        Optional<Decision> decision = register.decision(technical, decisionNumber);
        if (decision.isEmpty()) {
            return Outcome.refusedOn("decisionNumber", "committees.refused.noSuchDecision");
        }
        return save(deliverable.validate(decision.get().id()));
    }

    @Transactional
    public Outcome giveBack(Deliverable deliverable, Person person, String comments) {
        if (!runsTechnicalCommittee(person)) {
            return Outcome.refused("committees.refused.notRunning");
        }
        return save(deliverable.giveBack(comments));
    }

    private boolean owns(Deliverable deliverable, Person person) {
        return person.networkAdmin() || deliverable.ownerPartnerId().equals(person.partnerId());
    }

    private Outcome save(Optional<Deliverable> moved) {
        if (moved.isEmpty()) {
            return Outcome.refused("committees.refused.deliverableState");
        }
        Deliverable d = moved.get();
        jdbc.sql("update committee_deliverable set state = ?, decision_id = ?, comments = ?, updated_at = ? where id = ?")
                .params(d.state().name(), d.decisionId(), d.comments(), Timestamp.from(clock.instant()), d.id()).update();
        return Outcome.done("committees.deliverable.saved");
    }

    private static Deliverable deliverable(ResultSet rs, int n) throws SQLException {
        long decision = rs.getLong("decision_id");
        Long decisionId = rs.wasNull() ? null : decision;
        return new Deliverable(rs.getLong("id"), rs.getString("code"), rs.getString("work_package"),
                Deliverable.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("terms_of_reference"),
                rs.getString("owner_partner_id"), rs.getDate("due_on").toLocalDate(), Deliverable.State.valueOf(rs.getString("state")),
                decisionId, rs.getString("comments"));
    }
}

package eu.cybersudoe.companies.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Records a person kept apart while saying they belong together (decided on the review of an
 * import): each company page lists the other.
 */
@Component
public class OrganisationLinks {

    /** A record linked to another, as its page lists it. */
    public record Linked(long id, String legalName, String country, String identifier, String city) {
    }

    private final JdbcClient jdbc;

    OrganisationLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Links two records (once, whichever the order). */
    public void link(long one, long other, Long accountId, Instant at) {
        if (one == other || linked(one, null).stream().anyMatch(l -> l.id() == other)) {
            return;
        }
        jdbc.sql("insert into organisation_link (organisation_id, linked_id, created_by, created_at) values (?, ?, ?, ?)")
                .params(Math.min(one, other), Math.max(one, other), accountId, Timestamp.from(at)).update();
    }

    /**
     * The records linked to one, by name; for partner staff only those their partner brought or served.
     *
     * @param partnerId the partner whose staff looks, or null for network staff
     */
    public List<Linked> linked(long id, String partnerId) {
        String scope = partnerId == null ? ""
                : " and exists (select 1 from organisation_partner s where s.organisation_id = o.id and s.partner_id = :partner)";
        var query = jdbc.sql("""
                        select o.id, o.legal_name, o.country, o.identifier, o.city from organisation o
                        where o.id in (select linked_id from organisation_link where organisation_id = :id
                                       union select organisation_id from organisation_link where linked_id = :id)""" + scope + """

                        order by o.name_key, o.id""").param("id", id);
        if (partnerId != null) {
            query = query.param("partner", partnerId);
        }
        return query.query((rs, n) -> new Linked(rs.getLong("id"), rs.getString("legal_name"), rs.getString("country"),
                rs.getString("identifier"), rs.getString("city"))).list();
    }
}

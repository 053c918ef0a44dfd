package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads an organisation's file for the back office, in a few queries. */
@Component
class CompanyFiles {

    private final JdbcClient jdbc;
    private final Contacts contacts;

    CompanyFiles(JdbcClient jdbc, Contacts contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    Optional<CompanyFile.Company> company(CompanyId id) {
        return jdbc.sql("select * from organisation where id = ?").param(id.value())
                .query((rs, n) -> company(rs)).optional();
    }

    Optional<CompanyFile> file(CompanyId id, String notesOfPartner) {
        return company(id).map(company -> new CompanyFile(company, provenance(id), contacts(id), timeline(id),
                notes(id, notesOfPartner)));
    }

    boolean knownBy(CompanyId id, String partnerId) {
        return partnerId != null && jdbc.sql("select count(*) from organisation_partner where organisation_id = ? and partner_id = ?")
                .params(id.value(), partnerId).query(Long.class).single() > 0;
    }

    Optional<Long> version(CompanyId id) {
        return jdbc.sql("select version from organisation where id = ?").param(id.value()).query(Long.class).optional();
    }

    List<CompanyFile.ContactEntry> contacts(CompanyId id) {
        return contacts.findByOrganisationIdOrderByLastNameAscFirstNameAsc(id.value()).stream()
                .map(CompanyFiles::entry).toList();
    }

    static CompanyFile.ContactEntry entry(Contact c) {
        return new CompanyFile.ContactEntry(c.id(), c.firstName(), c.lastName(), c.job(), c.email(), c.phone(), c.language(),
                c.consents(eu.cybersudoe.companies.ConsentPurpose.NEWSLETTER),
                c.consents(eu.cybersudoe.companies.ConsentPurpose.EVENT_INVITATIONS), c.isErased(), c.consentHistory());
    }

    private List<CompanyFile.Provenance> provenance(CompanyId id) {
        return jdbc.sql("select partner_id, relation, since from organisation_partner where organisation_id = ? order by since, partner_id")
                .param(id.value())
                .query((rs, n) -> new CompanyFile.Provenance(rs.getString("partner_id"),
                        Organisation.Relation.valueOf(rs.getString("relation")), rs.getTimestamp("since").toInstant()))
                .list();
    }

    private List<CompanyFile.TimelineEntry> timeline(CompanyId id) {
        return jdbc.sql("""
                        select kind, partner_id, occurred_at, summary, link from organisation_event
                        where organisation_id = ? order by occurred_at desc, id desc""")
                .param(id.value())
                .query((rs, n) -> new CompanyFile.TimelineEntry(rs.getString("kind"), rs.getString("partner_id"),
                        rs.getTimestamp("occurred_at").toInstant(), LocalizedTextConverter.fromJson(rs.getString("summary")),
                        rs.getString("link")))
                .list();
    }

    private List<CompanyFile.Note> notes(CompanyId id, String partnerId) {
        if (partnerId == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, body, created_at from organisation_note
                        where organisation_id = ? and partner_id = ? order by created_at desc, id desc""")
                .params(id.value(), partnerId)
                .query((rs, n) -> new CompanyFile.Note(rs.getLong("id"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static CompanyFile.Company company(ResultSet rs) throws SQLException {
        return new CompanyFile.Company(rs.getLong("id"), rs.getLong("version"), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("legal_name"), rs.getString("trade_name"), rs.getString("country"),
                rs.getString("identifier_kind"), rs.getString("identifier"), rs.getString("vat_number"), rs.getString("address"),
                rs.getString("postcode"), rs.getString("city"), rs.getString("nuts2"), rs.getString("activity_code"),
                rs.getString("nace_class"), rs.getString("sector_theme"), rs.getString("size_class"),
                (Integer) rs.getObject("employees", Integer.class), (Integer) rs.getObject("creation_year", Integer.class),
                rs.getBoolean("woman_led"), rs.getBoolean("micro"), rs.getBoolean("priority_sector"),
                rs.getBoolean("young_woman_led"), rs.getString("website"), Tags.read(rs.getString("tags")));
    }
}

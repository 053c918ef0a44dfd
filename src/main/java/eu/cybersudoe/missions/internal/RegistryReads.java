package eu.cybersudoe.missions.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * What missions read of the registry and the conferences beyond their APIs, in one place: the
 * company's facts for the report's snapshot (priority-target flags included), the solution
 * providers a report may name, companies to pick for a request, and a partner's conferences.
 */
@Component
public class RegistryReads {

    private final JdbcClient jdbc;

    RegistryReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The company as the registry knows it now. */
    public Optional<InterventionReport.CompanySnapshot> snapshot(CompanyId company) {
        return jdbc.sql("""
                        select legal_name, city, nuts2, size_class, employees, creation_year, sector_theme, micro,
                            priority_sector, young_woman_led from organisation where id = ?""")
                .param(company.value())
                .query((rs, n) -> new InterventionReport.CompanySnapshot(rs.getString("legal_name"), rs.getString("city"),
                        rs.getString("nuts2"), rs.getString("size_class"), rs.getObject("employees", Integer.class),
                        rs.getObject("creation_year", Integer.class), rs.getString("sector_theme"), rs.getBoolean("micro"),
                        rs.getBoolean("priority_sector"), rs.getBoolean("young_woman_led"))).optional();
    }

    /** An organisation of the registry, by id and name. */
    public record Named(long id, String name, String city) {
    }

    /** Solution providers and software editors, by name, that a report may recommend. */
    public List<Named> providers(int limit) {
        return jdbc.sql("""
                        select id, legal_name, city from organisation where kind in ('SOLUTION_PROVIDER', 'SOFTWARE_EDITOR')
                        order by legal_name, id limit ?""").param(limit)
                .query((rs, n) -> new Named(rs.getLong("id"), rs.getString("legal_name"), rs.getString("city"))).list();
    }

    /** A provider's name, if the id is one. */
    public Optional<String> providerName(long id) {
        return jdbc.sql("select legal_name from organisation where id = ? and kind in ('SOLUTION_PROVIDER', 'SOFTWARE_EDITOR')")
                .param(id).query(String.class).optional();
    }

    /** Companies whose name contains the words typed, known by the partner (or by any partner when null). */
    public List<Named> companies(String partnerId, String query, int limit) {
        String key = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbc.sql("""
                        select o.id, o.legal_name, o.city from organisation o where o.kind = 'COMPANY'
                            and lower(o.legal_name) like :name
                            and (cast(:partner as varchar(60)) is null or exists (select 1 from organisation_partner p
                                where p.organisation_id = o.id and p.partner_id = :partner))
                        order by o.legal_name, o.id limit :limit""")
                .param("name", "%" + key.replace("%", "").replace("_", "") + "%")
                .param("partner", partnerId)
                .param("limit", limit)
                .query((rs, n) -> new Named(rs.getLong("id"), rs.getString("legal_name"), rs.getString("city"))).list();
    }

    /** The conferences a partner organised, most recent first, with their title in a language. */
    public List<Named> conferences(String partnerId, Language language, int limit) {
        return jdbc.sql("""
                        select id, title, city from conference where partner_id = ? and status <> 'DRAFT'
                        order by starts_at desc, id desc limit ?""").params(partnerId, limit)
                .query((rs, n) -> new Named(rs.getLong("id"),
                        LocalizedTextConverter.fromJson(rs.getString("title")).in(language).text(), rs.getString("city"))).list();
    }

    /** Whether a conference was organised by the partner. */
    public boolean conferenceOf(long conferenceId, String partnerId) {
        return jdbc.sql("select count(*) from conference where id = ? and partner_id = ?").params(conferenceId, partnerId)
                .query(Long.class).single() > 0;
    }
}

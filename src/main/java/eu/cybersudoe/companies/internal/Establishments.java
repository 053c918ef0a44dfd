package eu.cybersudoe.companies.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A French company and its establishments. A record identified by a SIRET is an establishment of
 * the company whose SIREN its first nine digits are: the record of that SIREN or, while the
 * registry has none, the first record of one of its SIRETs. Each establishment names its company
 * ({@code company_id}), so that it is listed and counted under it; a SIRET arriving for a SIREN
 * already in the registry is thus another establishment of the same company, never a lost
 * identifier, and a search by SIREN finds them all.
 */
@Component
public class Establishments {

    /** More establishments than are listed on one page. */
    static final int MAX_LISTED = 200;
    private static final Pattern FRENCH_NUMBER = Pattern.compile("[0-9]{9}|[0-9]{14}");
    /** The company of a French record {@code o}: its SIREN's record, else the first record of one of its SIRETs. */
    private static final String COMPANY_OF = """
            (select coalesce(min(case when h.identifier_kind = 'SIREN' then h.id end), min(h.id)) from organisation h
             where h.country = 'FR' and h.identifier_kind in ('SIREN', 'SIRET')
               and h.identifier between substr(o.identifier, 1, 9) and substr(o.identifier, 1, 9) || '99999')""";
    private static final String FRENCH = "o.country = 'FR' and o.identifier_kind in ('SIREN', 'SIRET')";
    private static final String COMPANY = "case when " + FRENCH + " then nullif(" + COMPANY_OF + ", o.id) end";

    private final JdbcClient jdbc;

    Establishments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Puts every record under its company after writes that may have added, changed or removed
     * French identifiers (an import, a merge): one statement, which changes only the records whose
     * company is not the right one.
     *
     * @return how many records changed company
     */
    public int attachAll() {
        return jdbc.sql("update organisation o set company_id = " + COMPANY + " where (" + FRENCH + " or o.company_id is not null)"
                + " and o.company_id is distinct from " + COMPANY).update();
    }

    /** Puts the records of one company under it, after a record of that company was written or changed. */
    public void attach(String country, String identifier) {
        if (!"FR".equals(country) || identifier == null || !FRENCH_NUMBER.matcher(identifier).matches()) {
            return;
        }
        jdbc.sql("update organisation o set company_id = " + COMPANY + " where o.country = 'FR' and o.identifier between :low and :high"
                        + " and o.company_id is distinct from " + COMPANY)
                .param("low", identifier.substring(0, 9)).param("high", identifier.substring(0, 9) + "99999").update();
    }

    /** Puts one record under its company, or under none when it is no longer a French company's record. */
    public void attachRecord(long id) {
        jdbc.sql("update organisation o set company_id = " + COMPANY + " where o.id = :id and o.company_id is distinct from " + COMPANY)
                .param("id", id).update();
    }

    /** How many establishments a company has, in every partner's scope. */
    public long count(long companyId) {
        return jdbc.sql("select count(*) from organisation where company_id = ?").param(companyId).query(Long.class).single();
    }

    /**
     * The other records of the same company as an organisation, the company first then its
     * establishments by SIRET; for partner staff only those their partner brought or served.
     *
     * @param partnerId the partner whose staff looks, or null for network staff
     */
    public List<Establishment> sameCompany(CompanyFile.Company company, String partnerId) {
        if (!"FR".equals(company.country()) || company.identifier() == null || !FRENCH_NUMBER.matcher(company.identifier()).matches()) {
            return List.of();
        }
        String scope = partnerId == null ? ""
                : " and exists (select 1 from organisation_partner s where s.organisation_id = o.id and s.partner_id = :partner)";
        var query = jdbc.sql("""
                        select o.id, o.legal_name, o.company_id, o.identifier, o.address, o.postcode, o.city from organisation o
                        join organisation self on self.id = :id
                        where o.id <> self.id and (o.id = self.company_id or o.company_id = coalesce(self.company_id, self.id))""" + scope + """

                        order by case when o.company_id is null then 0 else 1 end, o.identifier limit :limit""")
                .param("id", company.id()).param("limit", MAX_LISTED);
        if (partnerId != null) {
            query = query.param("partner", partnerId);
        }
        return query.query((rs, n) -> new Establishment(rs.getLong("id"), rs.getString("legal_name"),
                rs.getObject("company_id") == null, rs.getString("identifier"), rs.getString("address"),
                rs.getString("postcode"), rs.getString("city"))).list();
    }
}

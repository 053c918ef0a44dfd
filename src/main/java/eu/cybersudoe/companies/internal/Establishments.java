package eu.cybersudoe.companies.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The records of one French company: the company identified by its SIREN and its establishments,
 * each identified by a SIRET starting with that SIREN and kept with its own address. A SIRET
 * arriving for a SIREN already in the registry is thus another establishment of the same
 * company, never a lost identifier; the company page lists them all and a search by SIREN finds
 * them all.
 */
@Component
public class Establishments {

    /** More establishments than are listed on one page. */
    static final int MAX_LISTED = 200;
    private static final Pattern FRENCH_NUMBER = Pattern.compile("[0-9]{9}|[0-9]{14}");

    private final JdbcClient jdbc;

    Establishments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The other records of the same company as a French organisation, head first then by SIRET;
     * for partner staff only those their partner brought or served.
     *
     * @param partnerId the partner whose staff looks, or null for network staff
     */
    public List<Establishment> sameCompany(CompanyFile.Company company, String partnerId) {
        if (!"FR".equals(company.country()) || company.identifier() == null || !FRENCH_NUMBER.matcher(company.identifier()).matches()) {
            return List.of();
        }
        String siren = company.identifier().substring(0, 9);
        String scope = partnerId == null ? ""
                : " and exists (select 1 from organisation_partner s where s.organisation_id = o.id and s.partner_id = :partner)";
        var query = jdbc.sql("""
                        select id, legal_name, identifier_kind, identifier, address, postcode, city from organisation o
                        where o.country = 'FR' and o.id <> :id
                          and ((o.identifier_kind = 'SIREN' and o.identifier = :siren)
                            or (o.identifier_kind = 'SIRET' and o.identifier between :low and :high))""" + scope + """

                        order by case when o.identifier_kind = 'SIREN' then 0 else 1 end, o.identifier limit :limit""")
                .param("id", company.id()).param("siren", siren).param("low", siren + "00000").param("high", siren + "99999")
                .param("limit", MAX_LISTED);
        if (partnerId != null) {
            query = query.param("partner", partnerId);
        }
        return query.query((rs, n) -> new Establishment(rs.getLong("id"), rs.getString("legal_name"),
                "SIREN".equals(rs.getString("identifier_kind")), rs.getString("identifier"), rs.getString("address"),
                rs.getString("postcode"), rs.getString("city"))).list();
    }
}

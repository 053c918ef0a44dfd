package eu.cybersudoe.companies.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
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
    /** Company changes written per batch. */
    private static final int BATCH = 500;
    /** The French records of a range of identifiers, in identifier order: each SIREN first, then its SIRETs. */
    private static final String FRENCH_RECORDS = """
            select id, identifier_kind, identifier, company_id from organisation
            where country = 'FR' and identifier_kind in ('SIREN', 'SIRET') and identifier between ? and ?
            order by identifier""";
    private static final String NO_LONGER_FRENCH = """
            update organisation set company_id = null
            where company_id is not null and (country <> 'FR' or identifier_kind is null or identifier_kind not in ('SIREN', 'SIRET'))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate reading;

    Establishments(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.reading = new JdbcTemplate(dataSource);
        this.reading.setFetchSize(BATCH);
    }

    /**
     * Puts every record under its company after writes that may have added, changed or removed
     * French identifiers (an import), changing only the records whose company is not the right
     * one. The French records are read once in identifier order, one SIREN at a time, so that
     * the work grows with their number whatever the database knows of the table, and memory
     * holds one company's records.
     *
     * @return how many records changed company
     */
    @Transactional
    public int attachAll() {
        return attachRange("0", "99999999999999") + jdbc.sql(NO_LONGER_FRENCH).update();
    }

    /** Puts the records of one company under it, after a record of that company was written or changed. */
    @Transactional
    public void attach(String country, String identifier) {
        if ("FR".equals(country) && identifier != null && FRENCH_NUMBER.matcher(identifier).matches()) {
            String siren = identifier.substring(0, 9);
            attachRange(siren, siren + "99999");
        }
    }

    /** Puts the records of each SIREN under their company, after records of those SIRENs were written (an import's chunk). */
    @Transactional
    public void attachSirens(Collection<String> sirens) {
        sirens.forEach(siren -> attach("FR", siren));
    }

    /** Takes a record out of its company when it is no longer a French company's record. */
    public void detachIfNoLongerFrench(long id) {
        jdbc.sql(NO_LONGER_FRENCH + " and id = ?").param(id).update();
    }

    private int attachRange(String low, String high) {
        CompanyRecords records = new CompanyRecords();
        reading.query(FRENCH_RECORDS, rs -> {
            records.add(rs.getLong("id"), "SIREN".equals(rs.getString("identifier_kind")), rs.getString("identifier").substring(0, 9),
                    rs.getObject("company_id", Long.class));
        }, low, high);
        records.endOfCompany();
        records.write();
        return records.changed;
    }

    /**
     * The records of the SIREN being read (id, company or 0, 1 for the SIREN's own record), and the
     * company changes waiting to be written.
     */
    private final class CompanyRecords {
        private final List<long[]> sameSiren = new ArrayList<>();
        private final List<Object[]> changes = new ArrayList<>();
        private String siren;
        private int changed;

        void add(long id, boolean head, String recordSiren, Long companyId) {
            if (!recordSiren.equals(siren)) {
                endOfCompany();
                siren = recordSiren;
            }
            sameSiren.add(new long[] {id, companyId == null ? 0 : companyId, head ? 1 : 0});
        }

        void endOfCompany() {
            long head = sameSiren.stream().filter(r -> r[2] == 1).map(r -> r[0]).findFirst()
                    .orElseGet(() -> sameSiren.stream().mapToLong(r -> r[0]).min().orElse(0));
            for (long[] record : sameSiren) {
                long wanted = record[0] == head ? 0 : head;
                if (record[1] != wanted) {
                    changes.add(new Object[] {wanted == 0 ? null : wanted, record[0]});
                }
            }
            sameSiren.clear();
            if (changes.size() >= BATCH) {
                write();
            }
        }

        void write() {
            if (!changes.isEmpty()) {
                reading.batchUpdate("update organisation set company_id = ? where id = ?", changes, new int[] {Types.BIGINT, Types.BIGINT});
                changed += changes.size();
                changes.clear();
            }
        }
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

package eu.cybersudoe.companies.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The identifiers and VAT numbers of the records merged into a company that it did not take as
 * its own: kept as its aliases, found by the registry search and shown on its page.
 */
@Component
public class MergedIdentifiers {

    /** One merged record's identifier (with its kind) and VAT number, either of which may be missing. */
    public record Alias(String identifierKind, String identifier, String vatNumber) {
    }

    private final JdbcClient jdbc;

    MergedIdentifiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The aliases of a company, in the order of the merges. */
    public List<Alias> of(long organisationId) {
        return jdbc.sql("select identifier_kind, identifier, vat_number from organisation_alias where organisation_id = ? order by merged_at, id")
                .param(organisationId)
                .query((rs, n) -> new Alias(rs.getString("identifier_kind"), rs.getString("identifier"), rs.getString("vat_number")))
                .list();
    }
}

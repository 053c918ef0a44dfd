package eu.cybersudoe.companies.imports;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cheap summary of the registry's state as imports see it: rows, highest id and sum of
 * versions (every change of a row raises its version) of organisations and contacts, and the
 * number of consent events and provenance rows. An import derives from it, chunk after chunk,
 * what it will be once its own writes are in ({@link #after}); if the registry says otherwise
 * later, someone else wrote meanwhile.
 */
record RegistryFingerprint(long organisations, long lastOrganisation, long organisationVersions, long contacts, long lastContact,
                           long contactVersions, long consents, long provenance) {

    static RegistryFingerprint of(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select * from (select count(*) o_rows, coalesce(max(id), 0) o_last, coalesce(sum(version), 0) o_versions
                               from organisation) o
                cross join (select count(*) c_rows, coalesce(max(id), 0) c_last, coalesce(sum(version), 0) c_versions from contact) c
                cross join (select count(*) e_rows from consent_event) e
                cross join (select count(*) p_rows from organisation_partner) p""", (rs, n) -> new RegistryFingerprint(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
    }

    /** The fingerprint once a chunk's plan is written. */
    RegistryFingerprint after(ChunkPlan plan) {
        long newestOrganisation = plan.organisations().stream().mapToLong(o -> o.id).max().orElse(0);
        long newestContact = plan.contacts().stream().mapToLong(c -> c.id).max().orElse(0);
        return new RegistryFingerprint(organisations + plan.organisations().size(), Math.max(lastOrganisation, newestOrganisation),
                organisationVersions, contacts + plan.contacts().size(), Math.max(lastContact, newestContact),
                contactVersions + plan.knownContactUpdates(), consents + plan.grants().size(), provenance + plan.provenance().size());
    }
}

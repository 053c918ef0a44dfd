package eu.cybersudoe.companies.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Map;

/**
 * Gives each import the {@link RegistryIndex} it works with, and keeps the last one between
 * imports (a partner's files often come one after another): it is used again only if the
 * registry is, by a cheap fingerprint (rows, highest id and sum of versions of organisations and
 * contacts, consent events, provenance), as the import that handed it back left it; otherwise it
 * is read again. An index kept and not taken for a while is let go.
 */
@Component
class RegistryIndexes {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private RegistryIndex kept;
    private Map<String, Object> keptFingerprint;
    private Instant keptAt;

    RegistryIndexes(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The index of the registry as it is now, for one import's use alone. */
    RegistryIndex take() {
        RegistryIndex index;
        Map<String, Object> fingerprint;
        synchronized (this) {
            index = kept;
            fingerprint = keptFingerprint;
            kept = null;
        }
        if (index != null && fingerprint().equals(fingerprint)) {
            return index;
        }
        return load();
    }

    /** A fresh index, read from the registry. */
    RegistryIndex load() {
        return readOnly.execute(status -> RegistryIndex.load(jdbc));
    }

    /** Hands back an index that holds everything its import wrote, for the next import to use. */
    void keep(RegistryIndex index, Instant now) {
        Map<String, Object> fingerprint = fingerprint();
        synchronized (this) {
            kept = index;
            keptFingerprint = fingerprint;
            keptAt = now;
        }
    }

    /** Lets go of an index kept but not taken since {@code before}. */
    synchronized void forgetKeptBefore(Instant before) {
        if (kept != null && keptAt.isBefore(before)) {
            kept = null;
            keptFingerprint = null;
        }
    }

    private Map<String, Object> fingerprint() {
        return jdbc.queryForMap("""
                select * from (select count(*) organisations, max(id) last_organisation, sum(version) organisation_versions
                               from organisation) o
                cross join (select count(*) contacts, max(id) last_contact, sum(version) contact_versions from contact) c
                cross join (select count(*) consents, max(id) last_consent from consent_event) e
                cross join (select count(*) provenance from organisation_partner) p""");
    }
}

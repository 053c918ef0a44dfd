package eu.cybersudoe.companies.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Optional;

/**
 * Gives each import the {@link RegistryIndex} it works with, and keeps the last one between
 * imports (a partner's files often come one after another): it is used again only if the
 * registry's {@link RegistryFingerprint} is still the one the index derived from its import's
 * writes, that is if nobody else wrote meanwhile; otherwise it is read again. An index kept and
 * not taken for a while is let go.
 */
@Component
class RegistryIndexes {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private RegistryIndex kept;
    private Instant keptAt;

    RegistryIndexes(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** The index of the registry as it is now, for one import's use alone. */
    RegistryIndex take() {
        return current().orElseGet(this::load);
    }

    /** The index kept by the last import, taken, if nobody wrote to the registry since. */
    Optional<RegistryIndex> current() {
        RegistryIndex index;
        synchronized (this) {
            index = kept;
            kept = null;
        }
        return Optional.ofNullable(index).filter(i -> RegistryFingerprint.of(jdbc).equals(i.fingerprint()));
    }

    /** A fresh index, read from the registry. */
    RegistryIndex load() {
        return readOnly.execute(status -> RegistryIndex.load(jdbc));
    }

    /** Hands back an index that holds everything its import wrote, for the next import to use. */
    synchronized void keep(RegistryIndex index, Instant now) {
        kept = index;
        keptAt = now;
    }

    /** Lets go of an index kept but not taken since {@code before}. */
    synchronized void forgetKeptBefore(Instant before) {
        if (kept != null && keptAt.isBefore(before)) {
            kept = null;
        }
    }
}

package eu.cybersudoe.network.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Loads the network's reference files into the database at start-up, before anything reads the
 * network, then keeps an in-memory snapshot of the tables.
 * <p>
 * Loading is idempotent: unchanged files change nothing, an edited file updates its rows, and a
 * row the files no longer list is kept and reported as a warning (themes are retired with
 * {@code retired: true}, never deleted). A broken file stops start-up with a
 * {@link eu.cybersudoe.shared.reference.ReferenceDataException} naming the file and the line.
 * The database is migrated first: the tables are reached through Spring's JDBC beans, which
 * wait for Flyway.
 */
@Component
class NetworkReferenceLoader implements InitializingBean {

    static final String DEFAULT_LOCATION = "classpath:reference/network/";

    private static final Logger log = LoggerFactory.getLogger(NetworkReferenceLoader.class);

    private final NetworkTables tables;
    private final MemberStructureSeeds seeds;
    private final ResourceLoader resources;
    private final TransactionTemplate transactions;
    private final String location;
    private volatile NetworkSnapshot current;

    NetworkReferenceLoader(NetworkTables tables, MemberStructureSeeds seeds, ResourceLoader resources, PlatformTransactionManager transactionManager,
                           @Value("${cybersudoe.reference.network-location:" + DEFAULT_LOCATION + "}") String location) {
        this.tables = tables;
        this.seeds = seeds;
        this.resources = resources;
        this.transactions = new TransactionTemplate(transactionManager);
        this.location = location;
    }

    @Override
    public void afterPropertiesSet() {
        load();
    }

    /** Loads the configured files. */
    NetworkSnapshot load() {
        return load(location);
    }

    /** Loads the files found at a resource location such as {@code file:/srv/reference/network/}. */
    NetworkSnapshot load(String from) {
        NetworkData data = NetworkFiles.read(NetworkFiles.at(resources, from));
        NetworkTables.Changes changes = transactions.execute(status -> {
            tables.lock();
            NetworkTables.Changes saved = tables.save(data);
            seeds.seed(from).forEach(key -> saved.added.add("member structure " + key));
            return saved;
        });
        changes.kept.forEach(row -> log.warn("Network reference data: {} is no longer in the files under {}; it is kept", row, from));
        if (changes.isEmpty()) {
            log.info("Network reference data under {} is unchanged", from);
        } else {
            log.info("Network reference data loaded from {}: added {}, updated {}", from, summary(changes.added), summary(changes.updated));
        }
        return refresh();
    }

    /** The rows themselves when few, their number when many (the first load adds them all). */
    private static String summary(List<String> rows) {
        return rows.size() <= 12 ? rows.toString() : rows.size() + " rows";
    }

    /** Reads the tables again, for changes made in the platform rather than in the files. */
    NetworkSnapshot refresh() {
        NetworkSnapshot snapshot = tables.read();
        current = snapshot;
        return snapshot;
    }

    /** The latest snapshot. */
    NetworkSnapshot current() {
        NetworkSnapshot snapshot = current;
        if (snapshot == null) {
            throw new IllegalStateException("The network's reference data has not been loaded yet");
        }
        return snapshot;
    }
}

package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.shared.reference.ReferenceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the indicator catalogue from its reference file into the database at start-up.
 * Loading is idempotent: a restart changes nothing, an edited indicator is updated, an
 * indicator removed from the file is kept and marked retired (its measurements and
 * history stay meaningful), and a broken file stops start-up with a
 * {@link eu.cybersudoe.shared.reference.ReferenceDataException} naming the file and the line.
 */
@Component
@DependsOnDatabaseInitialization
class CatalogueLoader implements InitializingBean {

    static final String DEFAULT_LOCATION = "classpath:reference/monitoring/indicators.yml";

    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);

    private final IndicatorTable table;
    private final TransactionTemplate transactions;
    private final ResourceLoader resources;
    private final Clock clock;
    private final String location;

    CatalogueLoader(IndicatorTable table, TransactionTemplate transactions, ResourceLoader resources, Clock clock,
                    @Value("${cybersudoe.monitoring.indicators:" + DEFAULT_LOCATION + "}") String location) {
        this.table = table;
        this.transactions = transactions;
        this.resources = resources;
        this.clock = clock;
        this.location = location;
    }

    /**
     * What a load changed.
     *
     * @param added     codes of new indicators
     * @param updated   codes of indicators rewritten because the file changed (or that came back)
     * @param retired   codes of indicators no longer in the file, now marked retired
     * @param unchanged how many indicators were already as the file says (their place in the
     *                  catalogue follows the file's order, which is not counted as a change)
     */
    record Report(List<String> added, List<String> updated, List<String> retired, int unchanged) {

        boolean changedNothing() {
            return added.isEmpty() && updated.isEmpty() && retired.isEmpty();
        }
    }

    @Override
    public void afterPropertiesSet() {
        load(resources.getResource(location), location);
    }

    /**
     * Loads a catalogue file, in one transaction: either all of it or nothing.
     *
     * @throws eu.cybersudoe.shared.reference.ReferenceDataException when the file is missing or wrong, before anything is stored
     */
    Report load(Resource resource, String name) {
        List<CatalogueFile.Entry> entries = CatalogueFile.read(ReferenceFile.read(name, resource));
        Report report;
        try {
            report = transactions.execute(status -> store(entries));
        } catch (DuplicateKeyException concurrentStart) {
            // Another node of a cluster inserted the same new indicators meanwhile: its rows are now visible.
            log.info("Indicator catalogue {} was being loaded by another node; loading again", name);
            report = transactions.execute(status -> store(entries));
        }
        if (report.changedNothing()) {
            log.info("Indicator catalogue {}: {} indicators, unchanged", name, report.unchanged());
        } else {
            log.info("Indicator catalogue {}: {} added, {} updated, {} retired, {} unchanged", name,
                    report.added().size(), report.updated().size(), report.retired().size(), report.unchanged());
        }
        report.retired().forEach(code -> log.warn("Indicator {} is no longer in {}: kept and marked retired", code, name));
        return report;
    }

    private Report store(List<CatalogueFile.Entry> entries) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Map<String, IndicatorTable.Row> stored = table.all();
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int unchanged = 0;
        Set<String> inFile = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            var indicator = entries.get(i).indicator();
            int order = i + 1;
            inFile.add(indicator.code());
            IndicatorTable.Row row = stored.get(indicator.code());
            if (row == null) {
                table.insert(indicator, order, now);
                added.add(indicator.code());
            } else if (!row.indicator().equals(indicator) || row.retired()) {
                table.update(indicator, order, now);
                updated.add(indicator.code());
            } else {
                if (row.order() != order) {
                    table.reorder(indicator.code(), order);
                }
                unchanged++;
            }
        }
        List<String> retired = new ArrayList<>();
        stored.values().stream().filter(row -> !row.retired() && !inFile.contains(row.indicator().code()))
                .forEach(row -> {
                    table.retire(row.indicator().code(), now);
                    retired.add(row.indicator().code());
                });
        return new Report(List.copyOf(added), List.copyOf(updated), List.copyOf(retired), unchanged);
    }
}

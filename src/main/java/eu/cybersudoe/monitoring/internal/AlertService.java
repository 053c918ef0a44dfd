package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Alert;
import eu.cybersudoe.monitoring.AlertRefused;
import eu.cybersudoe.monitoring.AlertSource;
import eu.cybersudoe.monitoring.Alerts;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.RaisedAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The alerts kept: the daily check asks every {@link AlertSource} bean (the forecast comparison
 * among them) outside any transaction, so that a failing source spoils nothing, then writes what
 * they raised in one transaction; people acknowledge and resolve them.
 */
@Service
class AlertService implements Alerts {

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);

    static final String CHECK_ROUND = "check";

    private final ObjectProvider<AlertSource> sources;
    private final AlertTable table;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AlertService(ObjectProvider<AlertSource> sources, AlertTable table, Clock clock, PlatformTransactionManager transactions) {
        this.sources = sources;
        this.table = table;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public List<Alert> list(Filter filter) {
        return table.list(filter);
    }

    @Override
    public Optional<Alert> alert(long id) {
        return table.find(id);
    }

    @Override
    public List<Change> history(long id) {
        return table.history(id);
    }

    @Override
    @Transactional
    public Alert acknowledge(long id, IndicatorEntries.Person by, String comment) {
        Alert alert = table.find(id).orElseThrow(() -> new AlertRefused("monitoring.alert.refused.unknown"));
        return move(alert, alert.acknowledged(), by, comment);
    }

    @Override
    @Transactional
    public Alert resolve(long id, IndicatorEntries.Person by, String comment) {
        Alert alert = table.find(id).orElseThrow(() -> new AlertRefused("monitoring.alert.refused.unknown"));
        return move(alert, alert.resolved(comment), by, comment);
    }

    private Alert move(Alert alert, Alert.State to, IndicatorEntries.Person by, String comment) {
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        if (said != null && said.length() > 2000) {
            throw new AlertRefused("monitoring.alert.refused.commentTooLong");
        }
        if (!table.move(alert.id(), alert.state(), to)) {
            throw new AlertRefused("monitoring.alert.refused.movedMeanwhile");
        }
        table.change(alert.id(), to, said, by.accountId(), by.name(), clock.instant());
        return table.find(alert.id()).orElseThrow();
    }

    @Override
    public Check check(LocalDate day) {
        return check(day, false).orElseThrow();
    }

    /**
     * An alert a person resolved while it still held stays resolved as long as the source keeps raising
     * it day after day (a conference held with too few companies stays a fact); raised again after a
     * day without it, it is a new alert.
     * <p>
     * The check of a day; with {@code once}, recorded as the day's round in the same transaction, and
     * empty when another node already did it.
     */
    Optional<Check> check(LocalDate day, boolean once) {
        Map<String, List<RaisedAlert>> raised = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (AlertSource source : sources.orderedStream().toList()) {
            String name = AopUtils.getTargetClass(source).getName();
            try {
                raised.put(name, List.copyOf(source.alertsOn(day)));
            } catch (RuntimeException e) {
                log.error("Alert source {} failed on {}; its alerts are left as they were", name, day, e);
                failed.add(name);
            }
        }
        return Optional.ofNullable(transaction.execute(status -> {
            if (once && !table.claimRound(CHECK_ROUND, day, clock.instant())) {
                return null;
            }
            return write(day, raised, failed);
        }));
    }

    private Check write(LocalDate day, Map<String, List<RaisedAlert>> raised, List<String> failed) {
        int added = 0;
        int kept = 0;
        int resolved = 0;
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, List<RaisedAlert>> source : raised.entrySet()) {
            Set<String> ofSource = new HashSet<>();
            for (RaisedAlert alert : source.getValue()) {
                String key = AlertTable.key(alert.rule(), alert.subject());
                if (!seen.add(key)) {
                    continue;
                }
                ofSource.add(key);
                Optional<Alert> known = table.latest(alert.rule(), alert.subject())
                        .filter(a -> a.state() != Alert.State.RESOLVED || !a.lastSeenOn().isBefore(day.minusDays(1)));
                if (known.isPresent()) {
                    table.refresh(known.get().id(), alert, day);
                    kept++;
                } else {
                    long id = table.insert(source.getKey(), alert, day);
                    table.change(id, Alert.State.OPEN, null, null, null, clock.instant());
                    added++;
                }
            }
            for (Alert open : table.unresolvedOf(source.getKey())) {
                if (!ofSource.contains(AlertTable.key(open.rule(), open.subject())) && table.move(open.id(), open.state(), Alert.State.RESOLVED)) {
                    table.change(open.id(), Alert.State.RESOLVED, null, null, null, clock.instant());
                    resolved++;
                }
            }
        }
        return new Check(added, kept, resolved, List.copyOf(failed));
    }
}

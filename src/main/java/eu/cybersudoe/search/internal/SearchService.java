package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.ReindexProgress;
import eu.cybersudoe.search.Search;
import eu.cybersudoe.search.SearchQuery;
import eu.cybersudoe.search.SearchResults;
import eu.cybersudoe.search.SearchSource;
import eu.cybersudoe.search.Searchable;
import eu.cybersudoe.search.SearchableChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps this node's index and answers searches. A {@link SearchableChanged} is written to the change log after the
 * source's transaction commits; every node reads the log after the last change its index includes (at once on the
 * node that wrote it, every few seconds on the others) and asks the sources for the changed items again. An
 * empty index is rebuilt at start; a network admin can rebuild it at any time (decision 0022).
 */
@Service
class SearchService implements Search, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    private static final int BATCH = 500;
    /** Changes kept this long: a node stopped longer must be rebuilt. */
    private static final Duration KEPT = Duration.ofDays(30);

    private final SearchIndex index;
    private final Sources sources;
    private final ChangeLog changes;
    private final Clock clock;
    /** Records a change in a transaction of its own, committed before the index is written. */
    private final TransactionTemplate transactions;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("search-rebuild").daemon().factory());
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicLong written = new AtomicLong();
    private volatile Instant startedAt;
    private volatile Duration took;

    SearchService(Sources sources, ChangeLog changes, Clock clock, SearchBackend backend, TransactionTemplate transactions) {
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sources = sources;
        this.changes = changes;
        this.clock = clock;
        this.index = backend.open();
    }

    /** At start: an index that never recorded a change is built; one that did catches up. */
    @EventListener(ApplicationReadyEvent.class)
    void open() {
        if (index.cursor().isEmpty()) {
            reindexNow();
        }
        ready.set(true);
        catchUp();
    }

    /**
     * Records a change after the source's transaction commits (at once when it had none) and brings this node's
     * index up to date; should that fail, the next poll does it.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(SearchableChanged change) {
        transactions.executeWithoutResult(status -> changes.record(change, clock.instant()));
        try {
            catchUp();
        } catch (RuntimeException failed) {
            LOG.warn("Search index not brought up to date after {}; the next poll tries again", change, failed);
        }
    }

    /** Every few seconds: the changes made on other nodes. */
    @Scheduled(fixedDelayString = "${cybersudoe.search.poll-millis:2000}", initialDelayString = "${cybersudoe.search.poll-millis:2000}")
    void poll() {
        catchUp();
    }

    /** Applies the changes of the log this node's index does not include yet. */
    synchronized void catchUp() {
        if (!ready.get() || running.get()) {
            return;
        }
        long cursor = index.cursor().orElse(0L);
        List<ChangeLog.Change> batch;
        while (!(batch = changes.after(cursor, BATCH)).isEmpty()) {
            Map<String, List<Searchable>> items = new LinkedHashMap<>();
            for (ChangeLog.Change change : batch) {
                items.computeIfAbsent(change.kind() + ":" + change.itemId(), key -> documents(change));
            }
            cursor = batch.getLast().id();
            index.replace(items, cursor);
            if (batch.size() < BATCH) {
                return;
            }
        }
    }

    private List<Searchable> documents(ChangeLog.Change change) {
        return sources.of(change.kind()).map(source -> source.documents(change.itemId())).orElse(List.of());
    }

    /** Forgets old changes once a day. */
    @Scheduled(cron = "0 17 3 * * *")
    void forgetOldChanges() {
        changes.forgetBefore(clock.instant().minus(KEPT));
    }

    @Override
    public SearchResults find(SearchQuery query) {
        if (query.blank()) {
            return SearchResults.none();
        }
        return index.find(query);
    }

    @Override
    public boolean startReindex() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        rebuilds.submit(this::rebuildWhileRunning);
        return true;
    }

    /** Rebuilds the whole index from every source, now, unless a rebuild is running. */
    void reindexNow() {
        if (running.compareAndSet(false, true)) {
            rebuildWhileRunning();
        }
    }

    private void rebuildWhileRunning() {
        try {
            written.set(0);
            startedAt = clock.instant();
            took = null;
            long cursor = changes.last();
            long start = System.nanoTime();
            index.rebuild(sources.everything(), cursor, written::incrementAndGet);
            took = Duration.ofNanos(System.nanoTime() - start);
            LOG.info("Search index rebuilt: {} documents from {} sources in {} ms", written.get(),
                    sources.all().stream().map(SearchSource::kind).toList(), took.toMillis());
        } catch (RuntimeException failed) {
            LOG.error("Search index rebuild failed", failed);
            throw failed;
        } finally {
            running.set(false);
        }
        catchUp();
    }

    @Override
    public ReindexProgress progress() {
        return new ReindexProgress(running.get(), written.get(), startedAt, took, index.size());
    }

    @Override
    public void destroy() {
        rebuilds.shutdownNow();
        index.close();
    }
}

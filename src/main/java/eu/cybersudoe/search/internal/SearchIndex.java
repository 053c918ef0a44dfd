package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.SearchQuery;
import eu.cybersudoe.search.SearchResults;
import eu.cybersudoe.search.Searchable;
import eu.cybersudoe.shared.Language;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The index, through Hibernate Search's standalone POJO mapper: one document per {@link Searchable}
 * ({@link IndexedDocument}) and the change of the change log the index includes ({@link IndexState}), in the embedded
 * Lucene backend (a folder of this node, or memory) or in an Elasticsearch or OpenSearch cluster
 * ({@link SearchBackend}). A write is searched as soon as it is done; the Lucene backend commits to disk every second.
 * A full rebuild writes a fresh build, swapped in once complete ({@link IndexGenerations}, decision 0047).
 */
final class SearchIndex implements AutoCloseable {

    private static final int BATCH = 500;

    private final IndexGenerations generations;
    /** Held while the index is written, so that a rebuild and a change never interleave. */
    private final ReentrantLock writing = new ReentrantLock();
    /** Read while a build is searched, written to swap a new one in: a build is closed once no search uses it. */
    private final ReentrantReadWriteLock swapping = new ReentrantReadWriteLock();
    private volatile IndexGenerations.Generation current;
    /** The change the index includes, kept here once read: the index is asked only at start. */
    private volatile Optional<Long> cursor;

    private SearchIndex(IndexGenerations generations) {
        this.generations = generations;
        this.current = generations.current();
        this.cursor = read(session -> session.search(IndexState.class)
                .select(f -> f.field(IndexState.CHANGE, Long.class))
                .where(f -> f.matchAll()).fetchSingleHit());
    }

    /** An index with the backend's settings, rebuilt where it stands ({@link SearchBackend}). */
    static SearchIndex with(Map<String, Object> backend) {
        return new SearchIndex(IndexGenerations.inPlace(backend));
    }

    /** An embedded Lucene index in memory, gone at the end of the process. */
    static SearchIndex inMemory() {
        return new SearchIndex(IndexGenerations.inMemory());
    }

    /** An embedded Lucene index kept in a folder of this node. */
    static SearchIndex inFolder(Path folder) {
        return new SearchIndex(IndexGenerations.inFolder(folder));
    }

    /** The change of the change log the index includes, if any was recorded. */
    Optional<Long> cursor() {
        return cursor;
    }

    /** Replaces the documents of items (none given: the item is removed) and records the change they go up to. */
    void replace(Map<String, List<Searchable>> byKey, long upTo) {
        writing.lock();
        try (SearchSession session = writer(current.mapping())) {
            for (Map.Entry<String, List<Searchable>> item : byKey.entrySet()) {
                Set<Language> written = new HashSet<>();
                for (Searchable searchable : item.getValue()) {
                    session.indexingPlan().addOrUpdate(new IndexedDocument(searchable));
                    written.add(searchable.language());
                }
                for (Language language : Language.values()) {
                    if (!written.contains(language)) {
                        session.indexingPlan().purge(IndexedDocument.class, IndexedDocument.id(item.getKey(), language.code()), null);
                    }
                }
            }
            session.indexingPlan().addOrUpdate(new IndexState(upTo));
            cursor = Optional.of(upTo);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Writes every document into a fresh build and records the change it includes, then swaps it in; searches answer
     * from the previous build meanwhile. An index shared by several nodes is rebuilt where it stands: every document
     * written again, then those no source gave any more removed.
     *
     * @param written told of each document written, for the progress shown
     */
    void rebuild(Stream<Searchable> all, long upTo, Runnable written) {
        writing.lock();
        try {
            Optional<IndexGenerations.Generation> fresh = generations.fresh();
            if (fresh.isPresent()) {
                build(fresh.get(), all, upTo, written);
            } else {
                rebuildInPlace(all, upTo, written);
            }
            cursor = Optional.of(upTo);
        } finally {
            writing.unlock();
        }
    }

    /** Fills a fresh build without waiting for each batch, checks every batch went in, then makes it the one searched. */
    private void build(IndexGenerations.Generation fresh, Stream<Searchable> all, long upTo, Runnable written) {
        try {
            Batches batches = new Batches();
            try (all) {
                var iterator = all.iterator();
                while (iterator.hasNext()) {
                    try (SearchSession session = fresh.mapping().createSessionWithOptions()
                            .indexingPlanSynchronizationStrategy(batches).build()) {
                        for (int i = 0; i < BATCH && iterator.hasNext(); i++) {
                            session.indexingPlan().addOrUpdate(new IndexedDocument(iterator.next()));
                            written.run();
                        }
                    }
                }
            }
            try (SearchSession session = fresh.mapping().createSessionWithOptions().indexingPlanSynchronizationStrategy(batches).build()) {
                session.indexingPlan().addOrUpdate(new IndexState(upTo));
            }
            batches.awaitAll();
            try (SearchSession session = fresh.mapping().createSession()) {
                session.workspace().flush();
                session.workspace().refresh();
            }
        } catch (RuntimeException failed) {
            generations.discard(fresh);
            throw failed;
        }
        IndexGenerations.Generation old;
        swapping.writeLock().lock();
        try {
            generations.adopt(fresh);
            old = current;
            current = fresh;
        } finally {
            swapping.writeLock().unlock();
        }
        generations.discard(old);
    }

    private void rebuildInPlace(Stream<Searchable> all, long upTo, Runnable written) {
        Set<String> before = ids();
        try (all) {
            var iterator = all.iterator();
            while (iterator.hasNext()) {
                try (SearchSession session = writer(current.mapping())) {
                    for (int i = 0; i < BATCH && iterator.hasNext(); i++) {
                        IndexedDocument document = new IndexedDocument(iterator.next());
                        session.indexingPlan().addOrUpdate(document);
                        before.remove(document.getId());
                        written.run();
                    }
                }
            }
        }
        try (SearchSession session = writer(current.mapping())) {
            before.forEach(gone -> session.indexingPlan().purge(IndexedDocument.class, gone, null));
            session.indexingPlan().addOrUpdate(new IndexState(upTo));
        }
        read(session -> {
            session.workspace().flush();
            return null;
        });
    }

    /**
     * Lets the batches of a build go without waiting for them (no commit, no refresh each), keeping what each became so
     * that a failed one fails the build.
     */
    private static final class Batches implements IndexingPlanSynchronizationStrategy {

        private final List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> pending = new ArrayList<>();

        @Override
        public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
            context.documentCommitStrategy(DocumentCommitStrategy.NONE);
            context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
            context.indexingFutureHandler(pending::add);
        }

        void awaitAll() {
            for (CompletableFuture<? extends SearchIndexingPlanExecutionReport> batch : pending) {
                batch.join().throwable().ifPresent(failed -> {
                    throw new IllegalStateException("A batch of the search index rebuild failed", failed);
                });
            }
        }
    }

    /** The identifiers of every document the index holds. */
    private Set<String> ids() {
        return read(session -> new HashSet<>(session.search(IndexedDocument.class).select(f -> f.id(String.class))
                .where(f -> f.matchAll()).fetchAllHits()));
    }

    /** A session whose writes are searched as soon as it closes. */
    private static SearchSession writer(CloseableSearchMapping mapping) {
        return mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync()).build();
    }

    /** Answers a query. */
    SearchResults find(SearchQuery query) {
        return read(session -> new Finder(session, query).find());
    }

    /** Runs a read in a session of the build searched now. */
    <T> T read(Function<SearchSession, T> reading) {
        swapping.readLock().lock();
        try (SearchSession session = current.mapping().createSession()) {
            return reading.apply(session);
        } finally {
            swapping.readLock().unlock();
        }
    }

    /** The documents the index holds. */
    long size() {
        return read(session -> session.search(IndexedDocument.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    @Override
    public void close() {
        current.mapping().close();
    }
}

package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.SearchQuery;
import eu.cybersudoe.search.SearchResults;
import eu.cybersudoe.search.Searchable;
import eu.cybersudoe.shared.Language;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The index, through Hibernate Search's standalone POJO mapper: one document per {@link Searchable}
 * ({@link IndexedDocument}) and the change of the change log the index includes ({@link IndexState}), in the embedded
 * Lucene backend (a folder of this node, or memory) or in an Elasticsearch or OpenSearch cluster
 * ({@link SearchBackend}). A write is searched as soon as it is done; the Lucene backend commits to disk every second.
 */
final class SearchIndex implements AutoCloseable {

    private static final int BATCH = 500;

    private final CloseableSearchMapping mapping;
    /** Held while the index is written, so that a rebuild and a change never interleave. */
    private final ReentrantLock writing = new ReentrantLock();

    private SearchIndex(Map<String, Object> backend) {
        this.mapping = SearchMapping.builder(AnnotatedTypeSource.fromClasses(IndexedDocument.class, IndexState.class),
                MethodHandles.lookup()).properties(backend).build();
    }

    /** An index with the backend's settings ({@link SearchBackend}). */
    static SearchIndex with(Map<String, Object> backend) {
        return new SearchIndex(backend);
    }

    /** An embedded Lucene index in memory, gone at the end of the process. */
    static SearchIndex inMemory() {
        return with(SearchBackend.lucene("local-heap", null));
    }

    /** An embedded Lucene index kept in a folder of this node. */
    static SearchIndex inFolder(Path folder) {
        return with(SearchBackend.lucene("local-filesystem", folder));
    }

    /** The change of the change log the index includes, if any was recorded. */
    Optional<Long> cursor() {
        try (SearchSession session = mapping.createSession()) {
            return session.search(IndexState.class)
                    .select(f -> f.field(IndexState.CHANGE, Long.class))
                    .where(f -> f.matchAll()).fetchSingleHit();
        }
    }

    /** Replaces the documents of items (none given: the item is removed) and records the change they go up to. */
    void replace(Map<String, List<Searchable>> byKey, long cursor) {
        writing.lock();
        try (SearchSession session = writer()) {
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
            session.indexingPlan().addOrUpdate(new IndexState(cursor));
        } finally {
            writing.unlock();
        }
    }

    /**
     * Writes every document again, then removes those no source gave any more, and records the change the index then
     * includes. Searches go on meanwhile: a document is replaced where it stands, none is missing while it runs.
     *
     * @param written told of each document written, for the progress shown
     */
    void rebuild(Stream<Searchable> all, long cursor, Runnable written) {
        writing.lock();
        try {
            Set<String> before = ids();
            try (all) {
                var iterator = all.iterator();
                while (iterator.hasNext()) {
                    try (SearchSession session = writer()) {
                        for (int i = 0; i < BATCH && iterator.hasNext(); i++) {
                            IndexedDocument document = new IndexedDocument(iterator.next());
                            session.indexingPlan().addOrUpdate(document);
                            before.remove(document.getId());
                            written.run();
                        }
                    }
                }
            }
            try (SearchSession session = writer()) {
                before.forEach(gone -> session.indexingPlan().purge(IndexedDocument.class, gone, null));
                session.indexingPlan().addOrUpdate(new IndexState(cursor));
            }
            try (SearchSession session = mapping.createSession()) {
                session.workspace().flush();
            }
        } finally {
            writing.unlock();
        }
    }

    /** The identifiers of every document the index holds. */
    private Set<String> ids() {
        try (SearchSession session = mapping.createSession()) {
            return new HashSet<>(session.search(IndexedDocument.class).select(f -> f.id(String.class))
                    .where(f -> f.matchAll()).fetchAllHits());
        }
    }

    /** A session whose writes are searched as soon as it closes. */
    private SearchSession writer() {
        return mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync()).build();
    }

    /** Answers a query. */
    SearchResults find(SearchQuery query) {
        return read(session -> new Finder(session, query).find());
    }

    /** Runs a read in a session. */
    <T> T read(Function<SearchSession, T> reading) {
        try (SearchSession session = mapping.createSession()) {
            return reading.apply(session);
        }
    }

    /** The documents the index holds. */
    long size() {
        return read(session -> session.search(IndexedDocument.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    @Override
    public void close() {
        mapping.close();
    }
}

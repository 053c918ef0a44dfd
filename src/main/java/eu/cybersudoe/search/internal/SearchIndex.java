package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.Searchable;
import eu.cybersudoe.shared.Language;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The Lucene index of one node: one Lucene document per {@link Searchable}, written through one
 * {@link IndexWriter} and read through near-real-time searchers. Each commit records the last change of the
 * change log it includes, so that a node that restarts catches up from there.
 */
final class SearchIndex implements AutoCloseable {

    static final String KEY = "key";
    static final String ITEM = "item";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String LANGUAGE = "lang";
    static final String THEME = "theme";
    static final String COUNTRY = "country";
    static final String PARTNER = "partner";
    static final String STAFF = "staff";
    static final String PATH = "path";
    static final String DATE = "date";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String ALL = "all";
    private static final String CURSOR = "change";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Held while the index is written, so that a rebuild is never seen half done. */
    private final ReentrantLock writing = new ReentrantLock();

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(LanguageAnalyzers.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory());
    }

    /** An index in memory, gone at the end of the process. */
    static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** An index kept in a folder of this node. */
    static SearchIndex inFolder(Path folder) {
        try {
            return new SearchIndex(FSDirectory.open(folder));
        } catch (IOException failed) {
            throw new UncheckedIOException("The search index cannot be opened in " + folder, failed);
        }
    }

    /** The change of the change log the last commit includes, if any commit recorded one. */
    Optional<Long> cursor() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (CURSOR.equals(entry.getKey())) {
                    return Optional.of(Long.parseLong(entry.getValue()));
                }
            }
        }
        try {
            if (DirectoryReader.indexExists(directory)) {
                String stored = DirectoryReader.listCommits(directory).getLast().getUserData().get(CURSOR);
                return Optional.ofNullable(stored).map(Long::parseLong);
            }
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Replaces the documents of items (none given: the item is removed) and records the change they go up to. */
    void replace(Map<String, List<Searchable>> byKey, long cursor) {
        writing.lock();
        try {
            for (Map.Entry<String, List<Searchable>> item : byKey.entrySet()) {
                Term key = new Term(KEY, item.getKey());
                if (item.getValue().isEmpty()) {
                    writer.deleteDocuments(key);
                } else {
                    writer.updateDocuments(key, item.getValue().stream().map(SearchIndex::document).toList());
                }
            }
            writer.setLiveCommitData(Map.of(CURSOR, Long.toString(cursor)).entrySet());
            searchers.maybeRefreshBlocking();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Makes the changes searched since the last commit durable. Searches see a change as soon as it is written; the
     * commit, which waits for the disk, runs every few seconds: after a crash the change log gives back what the last
     * commit did not include.
     */
    void commitPending() {
        writing.lock();
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Empties the index and writes every document again; searches see the old index until the new one is committed.
     *
     * @param written told of each document written, for the progress shown
     */
    void rebuild(Stream<Searchable> all, long cursor, Runnable written) {
        writing.lock();
        try {
            writer.deleteAll();
            try (all) {
                for (var iterator = all.iterator(); iterator.hasNext(); ) {
                    writer.addDocument(document(iterator.next()));
                    written.run();
                }
            }
            commit(cursor);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            writing.unlock();
        }
    }

    private void commit(long cursor) throws IOException {
        writer.setLiveCommitData(Map.of(CURSOR, Long.toString(cursor)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Runs a read on a current searcher. */
    <T> T read(Function<IndexSearcher, T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The documents the index holds. */
    long size() {
        return read(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    static Document document(Searchable searchable) {
        Document document = new Document();
        Language language = searchable.language();
        document.add(new StringField(KEY, searchable.key(), Field.Store.YES));
        document.add(new NumericDocValuesField(ITEM, item(searchable.key())));
        document.add(new StringField(KIND, searchable.kind(), Field.Store.YES));
        document.add(new SortedDocValuesField(KIND, new BytesRef(searchable.kind())));
        document.add(new StoredField(ID, searchable.id()));
        document.add(new StringField(LANGUAGE, language.code(), Field.Store.YES));
        document.add(new SortedDocValuesField(LANGUAGE, new BytesRef(language.code())));
        for (String theme : searchable.themes()) {
            document.add(new StringField(THEME, theme, Field.Store.YES));
            document.add(new SortedSetDocValuesField(THEME, new BytesRef(theme)));
        }
        for (String country : searchable.countries()) {
            document.add(new StringField(COUNTRY, country, Field.Store.YES));
            document.add(new SortedSetDocValuesField(COUNTRY, new BytesRef(country)));
        }
        for (String partner : searchable.partners()) {
            document.add(new StringField(PARTNER, partner, Field.Store.NO));
        }
        document.add(new StringField(STAFF, Boolean.toString(searchable.staffOnly()), Field.Store.NO));
        document.add(new StoredField(PATH, searchable.path()));
        if (searchable.date() != null) {
            document.add(new StoredField(DATE, searchable.date().toEpochMilli()));
        }
        document.add(new TextField(LanguageAnalyzers.field(TITLE, language), searchable.title(), Field.Store.YES));
        document.add(new TextField(LanguageAnalyzers.field(TEXT, language), searchable.text(), Field.Store.YES));
        document.add(new TextField(LanguageAnalyzers.field(ALL, language), searchable.title() + "\n" + searchable.text(),
                Field.Store.NO));
        document.add(new TextField(LanguageAnalyzers.SPELL, searchable.title() + "\n" + searchable.text(), Field.Store.NO));
        return document;
    }

    /** A 64-bit number of an item's key, for grouping its languages without reading the key's text. */
    static long item(String key) {
        long hash = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            hash = 31 * hash + key.charAt(i);
        }
        return hash;
    }

    @Override
    public void close() throws IOException {
        commitPending();
        searchers.close();
        writer.close();
        directory.close();
    }
}

package eu.cybersudoe.shared.files;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link FileStore} in the platform's database, shared by every node: the metadata in
 * {@code file_store}, the content in chunks of {@link #CHUNK_SIZE} bytes in {@code file_store_chunk}.
 * A file is read from its stream and written one chunk at a time, and read back the same way, so
 * neither an upload nor a download is ever held whole in memory, and no connection is held
 * between two chunks of a download.
 *
 * <p>The metadata row is written last: until then the key is unknown to {@link #find} and
 * {@link #open}, and a failed upload deletes the chunks it wrote (inside a caller's transaction,
 * its rollback does).
 */
public class DatabaseFileStore implements FileStore {

    /** Bytes per chunk row. */
    static final int CHUNK_SIZE = 512 * 1024;

    private final JdbcClient jdbc;
    private final Clock clock;

    public DatabaseFileStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public StoredFile store(String area, String fileName, InputStream content) {
        // to the microsecond, as the database keeps it: the file found later equals the one returned now
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String key = FileKeys.newKey(area, now);
        Objects.requireNonNull(content, "content");
        String originalName = fileName == null ? "" : fileName;
        try {
            MessageDigest sha256 = LocalFileStore.sha256();
            long size = writeChunks(key, content, sha256);
            String safeName = FileNames.sanitise(originalName);
            StoredFile stored = new StoredFile(key, area, originalName, safeName, FileNames.contentType(safeName),
                    size, HexFormat.of().formatHex(sha256.digest()), now);
            insertMetadata(stored);
            return stored;
        } catch (IOException e) {
            deleteChunks(key);
            throw new UncheckedIOException("Cannot store a file in " + area, e);
        } catch (RuntimeException e) {
            deleteChunks(key);
            throw e;
        }
    }

    /**
     * Keeps a file under the key and metadata it already has in another store, unless this store
     * knows the key already.
     *
     * @return whether it was copied (false: it was here already)
     */
    public boolean copy(StoredFile file, InputStream content) {
        if (!FileKeys.isKey(file.key())) {
            throw new IllegalArgumentException("Not a key: " + FileKeys.printable(file.key()));
        }
        if (find(file.key()).isPresent()) {
            return false;
        }
        try {
            deleteChunks(file.key());
            long size = writeChunks(file.key(), content, LocalFileStore.sha256());
            if (size != file.size()) {
                throw new IOException("The file " + file.key() + " has " + size + " bytes, its metadata says " + file.size());
            }
            insertMetadata(file);
            return true;
        } catch (IOException e) {
            deleteChunks(file.key());
            throw new UncheckedIOException("Cannot copy the file " + file.key(), e);
        }
    }

    @Override
    public InputStream open(String key) {
        if (find(key).isEmpty()) {
            throw new NoSuchElementException("No stored file has the key " + FileKeys.printable(key));
        }
        return new ChunkStream(key);
    }

    @Override
    public Optional<StoredFile> find(String key) {
        if (!FileKeys.isKey(key)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select file_key, area, original_name, file_name, content_type, size, sha256, stored_at
                        from file_store where file_key = ?""").param(key)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), unescape(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .optional();
    }

    @Override
    public boolean delete(String key) {
        if (!FileKeys.isKey(key)) {
            return false;
        }
        boolean known = jdbc.sql("delete from file_store where file_key = ?").param(key).update() > 0;
        return deleteChunks(key) || known;
    }

    private long writeChunks(String key, InputStream content, MessageDigest digest) throws IOException {
        long size = 0;
        int seq = 0;
        while (true) {
            byte[] chunk = content.readNBytes(CHUNK_SIZE);
            if (chunk.length == 0) {
                return size;
            }
            digest.update(chunk);
            jdbc.sql("insert into file_store_chunk (file_key, seq, content) values (?, ?, ?)")
                    .params(key, seq++, chunk).update();
            size += chunk.length;
            if (chunk.length < CHUNK_SIZE) {
                return size;
            }
        }
    }

    private void insertMetadata(StoredFile file) {
        jdbc.sql("""
                        insert into file_store (file_key, area, original_name, file_name, content_type, size, sha256, stored_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(file.key(), file.area(), escape(file.originalName()), file.fileName(), file.contentType(), file.size(),
                        file.sha256(), Timestamp.from(file.storedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS)))
                .update();
    }

    /** PostgreSQL's text holds no NUL character: the original name keeps it as {@code \0} (and a backslash as two). */
    static String escape(String name) {
        return name.replace("\\", "\\\\").replace("\0", "\\0");
    }

    static String unescape(String stored) {
        StringBuilder name = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == '\\' && i + 1 < stored.length()) {
                char next = stored.charAt(++i);
                name.append(next == '0' ? '\0' : next);
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    private boolean deleteChunks(String key) {
        return jdbc.sql("delete from file_store_chunk where file_key = ?").param(key).update() > 0;
    }

    /** Reads a stored file chunk after chunk, each fetched when the one before is used up. */
    private final class ChunkStream extends InputStream {

        private final String key;
        private byte[] chunk = new byte[0];
        private int position;
        private int nextSeq;
        private boolean ended;

        ChunkStream(String key) {
            this.key = key;
        }

        @Override
        public int read() {
            if (!fill()) {
                return -1;
            }
            return chunk[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, count);
            position += count;
            return count;
        }

        private boolean fill() {
            while (position >= chunk.length) {
                if (ended) {
                    return false;
                }
                Optional<byte[]> next = jdbc.sql("select content from file_store_chunk where file_key = ? and seq = ?")
                        .params(key, nextSeq).query((rs, n) -> rs.getBytes(1)).optional();
                if (next.isEmpty()) {
                    ended = true;
                    return false;
                }
                nextSeq++;
                chunk = next.get();
                position = 0;
            }
            return true;
        }
    }
}

package eu.cybersudoe.shared.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

/**
 * Copies the files a node kept on its disk into the database store, each under the key and
 * metadata it had, so that every record naming a file still finds it. A file the database
 * already has is left alone: the copy can run again after an interruption.
 */
public final class DiskFilesCopy {

    private static final Logger log = LoggerFactory.getLogger(DiskFilesCopy.class);

    private final LocalFileStore disk;
    private final DatabaseFileStore database;

    public DiskFilesCopy(LocalFileStore disk, DatabaseFileStore database) {
        this.disk = disk;
        this.database = database;
    }

    /** What a copy did. */
    public record Outcome(int copied, int alreadyThere) {
    }

    public Outcome run() {
        int copied = 0;
        int there = 0;
        try (Stream<StoredFile> files = disk.files()) {
            for (StoredFile file : (Iterable<StoredFile>) files::iterator) {
                try (InputStream content = disk.open(file.key())) {
                    if (database.copy(file, content)) {
                        copied++;
                    } else {
                        there++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file.key() + " under " + disk.root(), e);
                }
            }
        }
        log.info("Files copied from {} to the database: {} copied, {} already there", disk.root(), copied, there);
        return new Outcome(copied, there);
    }
}

package eu.cybersudoe.shared.files;

import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The file store contract in the database (H2 and PostgreSQL), and the copy of the files kept on disk. */
@DatabaseTest
class DatabaseFileStoreTest extends FileStoreContract {

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dataDir;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from file_store").update();
        jdbc.sql("delete from file_store_chunk").update();
    }

    @Override
    DatabaseFileStore store() {
        return new DatabaseFileStore(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    long filesKept() {
        return jdbc.sql("select (select count(*) from file_store) + (select count(*) from file_store_chunk)")
                .query(Long.class).single();
    }

    @Test
    void writesALargeFileInChunks() {
        byte[] content = new byte[DatabaseFileStore.CHUNK_SIZE * 2 + 1];

        StoredFile stored = store().store("imports", "big.csv", new ByteArrayInputStream(content));

        assertThat(jdbc.sql("select count(*) from file_store_chunk where file_key = ?").param(stored.key())
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void copiesTheFilesKeptOnDiskUnderTheirKeys() throws Exception {
        LocalFileStore disk = new LocalFileStore(dataDir.resolve("files"), Clock.fixed(NOW, ZoneOffset.UTC));
        byte[] report = "Relatório".getBytes(StandardCharsets.UTF_8);
        StoredFile onDisk = disk.store("mission-reports", "relatório.pdf", new ByteArrayInputStream(report));
        StoredFile logo = disk.store("logos", "logo.png", new ByteArrayInputStream(new byte[] {1, 2}));

        DiskFilesCopy.Outcome first = new DiskFilesCopy(disk, store()).run();
        DiskFilesCopy.Outcome again = new DiskFilesCopy(disk, store()).run();

        assertThat(first).isEqualTo(new DiskFilesCopy.Outcome(2, 0));
        assertThat(again).isEqualTo(new DiskFilesCopy.Outcome(0, 2));
        for (StoredFile copied : java.util.List.of(onDisk, logo)) {
            StoredFile found = store().find(copied.key()).orElseThrow();
            assertThat(found).usingRecursiveComparison().ignoringFields("storedAt").isEqualTo(copied);
            assertThat(found.storedAt()).isEqualTo(copied.storedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        }
        assertThat(read(onDisk.key())).isEqualTo(report);
    }
}

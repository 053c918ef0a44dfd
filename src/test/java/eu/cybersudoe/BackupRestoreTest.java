package eu.cybersudoe;

import eu.cybersudoe.shared.files.DatabaseFileStore;
import eu.cybersudoe.shared.files.LocalFileStore;
import eu.cybersudoe.shared.files.StoredFile;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The operations guide's backup, for real: {@code scripts/backup.sh} dumps the database and packs
 * the data folder, {@code scripts/restore.sh} restores both into an empty database and an empty
 * folder, and every table has the same number of rows as when the dump was taken, with a file of
 * each store read back byte for byte. PostgreSQL only (pg_dump and pg_restore).
 */
@DatabaseTest
class BackupRestoreTest {

    @Autowired
    DataSource dataSource;

    @TempDir
    Path work;

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseAndFolder() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "Skipped on H2: backups are made with pg_dump");
        Path dataDir = Files.createDirectories(work.resolve("data"));
        byte[] report = "Rapport d'intervention — PME Bordeaux".getBytes(StandardCharsets.UTF_8);
        StoredFile onDisk = new LocalFileStore(dataDir.resolve("files"), Clock.systemUTC())
                .store("mission-reports", "rapport.pdf", new ByteArrayInputStream(report));
        byte[] sheet = new byte[700_000];
        new Random(3).nextBytes(sheet);
        StoredFile inDatabase = new DatabaseFileStore(JdbcClient.create(dataSource), Clock.systemUTC())
                .store("imports", "partner.xlsx", new ByteArrayInputStream(sheet));
        String restoredName = databaseName() + "_restored_" + UUID.randomUUID().toString().substring(0, 8);
        Path backup = work.resolve("backup");
        Path restoredData = work.resolve("restored");
        try (Connection snapshot = dataSource.getConnection()) {
            snapshot.setAutoCommit(false);
            snapshot.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String id = single(snapshot, "select pg_export_snapshot()");
            Map<String, Long> counted = rowCounts(snapshot);

            run(Map.of("BACKUP_PG_DUMP_OPTIONS", "--snapshot=" + id), "scripts/backup.sh", libpq(databaseName()),
                    dataDir.toString(), backup.toString());
            snapshot.rollback();
            execute("create database " + restoredName);
            run(Map.of(), "scripts/restore.sh", backup.toString(), libpq(restoredName), restoredData.toString());

            try (Connection restored = connect(restoredName)) {
                assertThat(rowCounts(restored)).isEqualTo(counted).containsKeys("account", "file_store", "flyway_schema_history");
            }
            assertThat(restoredData.resolve("files").resolve(onDisk.key())).hasBinaryContent(report);
            DatabaseFileStore restoredStore = new DatabaseFileStore(JdbcClient.create(dataSource(restoredName)), Clock.systemUTC());
            assertThat(restoredStore.find(inDatabase.key())).contains(inDatabase);
            try (InputStream in = restoredStore.open(inDatabase.key())) {
                assertThat(in.readAllBytes()).isEqualTo(sheet);
            }
        } finally {
            execute("drop database if exists " + restoredName + " with (force)");
        }
    }

    @Test
    void restoreRefusesADatabaseThatIsNotEmpty() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "Skipped on H2: backups are made with pg_dump");
        Path dataDir = Files.createDirectories(work.resolve("data"));
        Path backup = work.resolve("backup");
        run(Map.of(), "scripts/backup.sh", libpq(databaseName()), dataDir.toString(), backup.toString());

        Process restore = start(Map.of(), "scripts/restore.sh", backup.toString(), libpq(databaseName()), work.resolve("r").toString());

        assertThat(restore.waitFor()).isEqualTo(1);
        assertThat(new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("restore into an empty one");
    }

    private static Map<String, Long> rowCounts(Connection connection) throws Exception {
        List<String> tables = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, Long.parseLong(single(connection, "select count(*) from \"" + table + "\"")));
        }
        return counts;
    }

    private static String single(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String databaseName() {
        return TestDatabase.pgUrl().replaceAll(".*/([a-z0-9_]+).*", "$1");
    }

    /** The test database's address as libpq (pg_dump, psql) reads it. */
    private static String libpq(String database) {
        String server = TestDatabase.pgUrl().replaceAll("jdbc:postgresql://([^/]+)/.*", "$1");
        return "postgresql://" + TestDatabase.PG_USER + "@" + server + "/" + database;
    }

    private static DriverManagerDataSource dataSource(String database) {
        return new DriverManagerDataSource(TestDatabase.pgUrl().replaceAll("/[a-z0-9_]+(\\?.*)?$", "/" + database + "$1"),
                TestDatabase.PG_USER, TestDatabase.PG_PASSWORD);
    }

    private static Connection connect(String database) throws Exception {
        return dataSource(database).getConnection();
    }

    private static void execute(String sql) throws Exception {
        try (Connection server = connect("postgres"); Statement statement = server.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Process start(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        if (!TestDatabase.PG_PASSWORD.isEmpty()) {
            builder.environment().put("PGPASSWORD", TestDatabase.PG_PASSWORD);
        }
        return builder.start();
    }

    private static void run(Map<String, String> environment, String... command) throws Exception {
        Process process = start(environment, command);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + " said: " + output).isZero();
    }
}

package eu.cybersudoe.testing;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A PostgreSQL server that answers without the test database gets it created instead of skipping the tests. */
class TestDatabaseCreationTest {

    @Test
    void createsTheMissingTestDatabase() throws Exception {
        String configured = TestDatabase.pgUrl();
        assumeTrue(TestDatabase.postgresProblem() == null, "Skipped: no PostgreSQL server at " + configured);
        String name = configured.replaceAll(".*/([a-z0-9_]+).*", "$1") + "_created_" + UUID.randomUUID().toString().substring(0, 8);
        String missing = configured.replaceAll("/[a-z0-9_]+(\\?.*)?$", "/" + name + "$1");
        try {
            System.setProperty("test.pg.url", missing);

            assertThat(TestDatabase.postgresProblem()).isNull();
            try (Connection connection = DriverManager.getConnection(missing, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD)) {
                assertThat(connection.getCatalog()).isEqualTo(name);
            }
        } finally {
            System.setProperty("test.pg.url", configured);
            try (Connection server = DriverManager.getConnection(configured, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD);
                 Statement drop = server.createStatement()) {
                drop.execute("drop database if exists " + name);
            }
        }
    }
}

package eu.cybersudoe;

import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application starts and migrates its database (on H2, then on PostgreSQL). */
@DatabaseTest
class ApplicationStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesTheSchema() {
        Integer applied = jdbc.sql("select count(*) from flyway_schema_history where success = true").query(Integer.class).single();
        assertThat(applied).isPositive();
        // The event publication registry's table exists (other tests of the same context may have used it).
        assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single()).isNotNegative();
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success = false").query(Integer.class).single()).isZero();
    }
}

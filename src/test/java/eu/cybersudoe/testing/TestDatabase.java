package eu.cybersudoe.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Which database the tests run on: H2 in memory by default, PostgreSQL when the
 * {@code test.database} system property says so (the second Surefire run does).
 */
public final class TestDatabase {

    public static final String PG_USER = System.getProperty("test.pg.user", "postgres");
    public static final String PG_PASSWORD = System.getProperty("test.pg.password", "");

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgresql".equals(System.getProperty("test.database"));
    }

    public static String pgUrl() {
        return System.getProperty("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/cybersudoe_test");
    }

    /** Why PostgreSQL cannot be used, or null when it can. */
    public static String postgresProblem() {
        try (Connection ignored = DriverManager.getConnection(pgUrl(), PG_USER, PG_PASSWORD)) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL is not reachable at " + pgUrl() + " (" + e.getMessage()
                    + "); start it and create the database, or run .ci/run";
        }
    }

    /** Whether the environment demands a service rather than letting its tests skip. */
    public static boolean required(String variable) {
        return "1".equals(System.getenv(variable)) || "true".equalsIgnoreCase(System.getenv(variable));
    }
}

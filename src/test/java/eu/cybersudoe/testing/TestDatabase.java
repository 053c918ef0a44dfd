package eu.cybersudoe.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Why PostgreSQL cannot be used, or null when it can. A server that answers without the test
     * database gets it created (empty; Flyway fills it), so that a first run on a machine with
     * PostgreSQL tests on it instead of skipping.
     */
    public static String postgresProblem() {
        try (Connection ignored = DriverManager.getConnection(pgUrl(), PG_USER, PG_PASSWORD)) {
            return null;
        } catch (SQLException e) {
            if (MISSING_DATABASE.equals(e.getSQLState()) && createDatabase()) {
                return null;
            }
            return "PostgreSQL is not reachable at " + pgUrl() + " (" + e.getMessage()
                    + "); start it and create the database, or run .ci/run";
        }
    }

    /** PostgreSQL's SQL state for a database that does not exist. */
    private static final String MISSING_DATABASE = "3D000";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([a-z_][a-z0-9_]*)(\\?.*)?");

    /** Creates the test database named in the URL, through the server's {@code postgres} database. */
    static boolean createDatabase() {
        Matcher url = URL.matcher(pgUrl());
        if (!url.matches()) {
            return false;
        }
        String server = url.group(1) + "postgres" + (url.group(3) == null ? "" : url.group(3));
        try (Connection connection = DriverManager.getConnection(server, PG_USER, PG_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + url.group(2));
            System.err.println("Created the PostgreSQL test database " + url.group(2));
            return true;
        } catch (SQLException e) {
            return "42P04".equals(e.getSQLState()); // created meanwhile by another run
        }
    }

    /** Whether the environment demands a service rather than letting its tests skip. */
    public static boolean required(String variable) {
        return "1".equals(System.getenv(variable)) || "true".equalsIgnoreCase(System.getenv(variable));
    }
}

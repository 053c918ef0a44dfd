package eu.cybersudoe.shared.security;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.util.Locale;
import java.util.Map;

/**
 * Where signed-in sessions live. In the database (Spring Session JDBC, tables
 * {@code spring_session} and {@code spring_session_attributes}), every node behind the proxy
 * knows every session, so a person stays signed in whichever node answers and a sign-out ends
 * the session everywhere. In memory (the servlet container's sessions), a session lives on the
 * node that opened it: enough for one node and the embedded H2 database.
 *
 * <p>{@code cybersudoe.sessions.store} ({@code SESSION_STORE}) says which: {@code database},
 * {@code memory}, or {@code auto} (the default): the database on PostgreSQL, memory otherwise.
 * Spring Boot 4 turns Spring Session on whenever it is on the class path; for memory, this
 * excludes Boot's JDBC session configuration before the application starts. The schema is
 * Flyway's, like every other table.
 */
public class SessionStore implements EnvironmentPostProcessor, Ordered {

    /** The setting that chooses the store. */
    public static final String SETTING = "cybersudoe.sessions.store";

    static final String JDBC_SESSIONS = "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration";
    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    /** Whether the settings put sessions in the database. */
    public static boolean inDatabase(Environment environment) {
        String store = environment.getProperty(SETTING, "auto").strip().toLowerCase(Locale.ROOT);
        return switch (store) {
            case "database", "jdbc" -> true;
            case "memory" -> false;
            case "auto", "" -> environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
            default -> throw new IllegalStateException(SETTING + " (SESSION_STORE) must be database, memory or auto, not '"
                    + store + "'");
        };
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (inDatabase(environment)) {
            return;
        }
        String excluded = environment.getProperty(EXCLUDE, "");
        String all = excluded.isBlank() ? JDBC_SESSIONS : excluded + "," + JDBC_SESSIONS;
        environment.getPropertySources().addFirst(new MapPropertySource("sessionsInMemory", Map.of(EXCLUDE, all)));
    }

    /** After the configuration files and every other setting are known. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

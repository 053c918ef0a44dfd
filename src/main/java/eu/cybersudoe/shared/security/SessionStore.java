package eu.cybersudoe.shared.security;

import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.Locale;

/**
 * Where signed-in sessions live. In the database (Spring Session JDBC, tables
 * {@code spring_session} and {@code spring_session_attributes}), every node behind the proxy
 * knows every session, so a person stays signed in whichever node answers and a sign-out ends
 * the session everywhere. In memory, a session lives on the node that opened it: enough for
 * one node and the embedded H2 database.
 *
 * <p>{@code cybersudoe.sessions.store} ({@code SESSION_STORE}) says which: {@code database},
 * {@code memory}, or {@code auto} (the default): the database on PostgreSQL, memory otherwise.
 * Spring Boot's own JDBC session configuration is excluded from auto-configuration
 * ({@code application.yml}) and brought in here only when the database is chosen; the schema is
 * Flyway's, like every other table.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SessionStore.InDatabase.class)
@Import(JdbcSessionAutoConfiguration.class)
public class SessionStore {

    /** The setting that chooses the store. */
    public static final String SETTING = "cybersudoe.sessions.store";

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

    static final class InDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return inDatabase(context.getEnvironment());
        }
    }
}

package eu.cybersudoe.newsletters.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.util.Locale;

/**
 * Which database the send records live in, read once: on PostgreSQL, the bulk statements of
 * delivery take arrays in one statement; on H2 (the embedded default) they are JDBC batches.
 */
@Component
class SqlDialect {

    private final JdbcTemplate template;
    private volatile Boolean postgres;

    SqlDialect(JdbcTemplate template) {
        this.template = template;
    }

    boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            String product = template.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
            known = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }
}

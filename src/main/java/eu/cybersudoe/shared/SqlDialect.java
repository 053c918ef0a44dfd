package eu.cybersudoe.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.util.Locale;

/**
 * Which database the platform runs on, read once: bulk writes use PostgreSQL's own means (arrays
 * in one statement, COPY) there, and plain JDBC batches on H2 (the embedded default).
 */
@Component
public class SqlDialect {

    private final JdbcTemplate template;
    private volatile Boolean postgres;

    SqlDialect(JdbcTemplate template) {
        this.template = template;
    }

    public boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            String product = template.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
            known = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }
}

package eu.cybersudoe.testing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Points every test application context at the test database: a private in-memory H2
 * database per context, or the PostgreSQL test database. Also keeps files under target/.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Boolean.getBoolean("cybersudoe.bench")) {
            return; // a benchmark started from the test classes chooses its own database
        }
        Map<String, Object> properties = new HashMap<>();
        if (TestDatabase.isPostgres()) {
            properties.put("spring.datasource.url", TestDatabase.pgUrl());
            properties.put("spring.datasource.username", TestDatabase.PG_USER);
            properties.put("spring.datasource.password", TestDatabase.PG_PASSWORD);
            // the test contexts kept in Spring's cache all share one PostgreSQL: small pools that
            // let idle connections go, so that together they stay under its connection limit
            properties.put("spring.datasource.hikari.maximum-pool-size", "5");
            properties.put("spring.datasource.hikari.minimum-idle", "0");
            properties.put("spring.datasource.hikari.idle-timeout", "10000");
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        properties.put("cybersudoe.data-dir", "target/test-data/" + UUID.randomUUID());
        // sessions in memory and Actuator on the main port (MockMvc reaches it), unless a test says otherwise
        keepUnlessGiven(environment, properties, "cybersudoe.sessions.store", "memory");
        keepUnlessGiven(environment, properties, "management.server.port", "");
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }

    /** Puts the value unless the test's own properties or the command line give the setting. */
    private static void keepUnlessGiven(ConfigurableEnvironment environment, Map<String, Object> properties,
                                        String name, String value) {
        for (String source : GIVEN_BY_THE_TEST) {
            var given = environment.getPropertySources().get(source);
            if (given != null && given.containsProperty(name)) {
                return;
            }
        }
        properties.put(name, value);
    }

    /** Where a test's own settings are: {@code @SpringBootTest(properties = …)} and command-line arguments. */
    private static final List<String> GIVEN_BY_THE_TEST = List.of("Inlined Test Properties", "commandLineArgs");

    /** Before the platform's own post-processors that read these settings (the session store). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}

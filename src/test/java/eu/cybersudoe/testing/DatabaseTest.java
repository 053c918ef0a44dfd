package eu.cybersudoe.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the whole application against a real database. It runs twice: on H2, and on
 * PostgreSQL in the second Surefire run, where it skips with a message when PostgreSQL is
 * missing, unless {@code REQUIRE_PG=1} (CI) makes that a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(PostgresAvailable.class)
@SpringBootTest
public @interface DatabaseTest {
}

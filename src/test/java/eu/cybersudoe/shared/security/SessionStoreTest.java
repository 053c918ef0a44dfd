package eu.cybersudoe.shared.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Sessions go to the database on PostgreSQL unless told otherwise, and stay in memory on H2. */
class SessionStoreTest {

    static MockEnvironment environment(String store, String url) {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
        return store == null ? environment : environment.withProperty(SessionStore.SETTING, store);
    }

    @Test
    void automaticallyInTheDatabaseOnPostgresqlOnly() {
        assertThat(SessionStore.inDatabase(environment(null, "jdbc:postgresql://db:5432/cybersudoe"))).isTrue();
        assertThat(SessionStore.inDatabase(environment("auto", "jdbc:postgresql://db:5432/cybersudoe"))).isTrue();
        assertThat(SessionStore.inDatabase(environment(null, "jdbc:h2:file:./data/db/cybersudoe"))).isFalse();
    }

    @Test
    void theSettingWins() {
        assertThat(SessionStore.inDatabase(environment("memory", "jdbc:postgresql://db:5432/cybersudoe"))).isFalse();
        assertThat(SessionStore.inDatabase(environment("Database", "jdbc:h2:mem:x"))).isTrue();
        assertThatIllegalStateException().isThrownBy(() -> SessionStore.inDatabase(environment("redis", "jdbc:h2:mem:x")))
                .withMessageContaining("SESSION_STORE");
    }

    @Test
    void memoryLeavesSpringBootsJdbcSessionsOut() {
        MockEnvironment memory = environment("memory", "jdbc:postgresql://db/x")
                .withProperty("spring.autoconfigure.exclude", "a.B");
        new SessionStore().postProcessEnvironment(memory, null);
        assertThat(memory.getProperty("spring.autoconfigure.exclude")).isEqualTo("a.B," + SessionStore.JDBC_SESSIONS);

        MockEnvironment database = environment("database", "jdbc:h2:mem:x");
        new SessionStore().postProcessEnvironment(database, null);
        assertThat(database.getProperty("spring.autoconfigure.exclude")).isNull();
    }
}

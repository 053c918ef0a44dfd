package eu.cybersudoe.nodes;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.files.FileStore;
import eu.cybersudoe.shared.files.StoredFile;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.PostgresAvailable;
import eu.cybersudoe.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two platform nodes on one PostgreSQL database, as behind a proxy that sends each request to
 * either: a session opened on one is used on the other, a sign-out or a password change on one
 * ends sessions on both, a file stored by one is read by the other, and Actuator answers only on
 * the management port. On H2 (one private database per node) it is skipped.
 */
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class TwoNodesTest {

    static final String PASSWORD = "a long enough password";

    static Node a;
    static Node b;

    @BeforeAll
    static void startTwoNodes() {
        assumeTrue(TestDatabase.isPostgres(), "Skipped on H2: two nodes need one PostgreSQL database to share");
        a = Node.start();
        b = Node.start();
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    static String newAccount() {
        String email = "node." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        a.bean(AccountService.class).createConfirmed(email, "Ana Node", "{noop}" + PASSWORD, Role.NETWORK_ADMIN, null,
                Language.EN);
        return email;
    }

    static boolean signedIn(Node node, String session) {
        HttpResponse<String> account = node.get("/en/account", session);
        return account.statusCode() == 200;
    }

    @Test
    void aSessionOpenedOnOneNodeGoesOnOnTheOther() {
        String session = a.signIn(newAccount(), PASSWORD);

        assertThat(signedIn(b, session)).isTrue();
        assertThat(signedIn(a, session)).isTrue();
        assertThat(signedIn(b, null)).isFalse();
    }

    @Test
    void signingOutOnOneNodeEndsTheSessionOnTheOther() {
        String session = a.signIn(newAccount(), PASSWORD);
        assertThat(signedIn(a, session)).isTrue();

        HttpResponse<String> out = b.post("/en/account", "/en/logout", session, Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(signedIn(a, session)).isFalse();
        assertThat(signedIn(b, session)).isFalse();
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsOnEveryNodeButNotTheOneThatChangedIt() {
        String email = newAccount();
        String here = a.signIn(email, PASSWORD);
        String elsewhere = b.signIn(email, PASSWORD);
        assertThat(signedIn(a, elsewhere)).isTrue();

        HttpResponse<String> changed = a.post("/en/account", "/en/account/password", here, Map.of(
                "currentPassword", PASSWORD, "password", "another long password", "passwordRepeat", "another long password"));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(signedIn(b, elsewhere)).isFalse();
        assertThat(signedIn(a, elsewhere)).isFalse();
        assertThat(signedIn(b, here)).isTrue();
        assertThat(b.signIn(email, "another long password")).isNotBlank();
    }

    @Test
    void aFileStoredOnOneNodeIsReadOnTheOther() throws Exception {
        byte[] content = new byte[1_500_000];
        new Random(7).nextBytes(content);

        StoredFile stored = a.bean(FileStore.class).store("imports", "partner.csv", new ByteArrayInputStream(content));

        assertThat(b.bean(FileStore.class).find(stored.key())).contains(stored);
        try (InputStream in = b.bean(FileStore.class).open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(b.bean(FileStore.class).delete(stored.key())).isTrue();
        assertThat(a.bean(FileStore.class).find(stored.key())).isEmpty();
    }

    @Test
    void metricsAnswerOnlyOnTheManagementPort() {
        assertThat(a.get("/actuator/prometheus", null).statusCode()).isEqualTo(404);
        assertThat(a.get("/actuator/health", null).statusCode()).isEqualTo(404);
        assertThat(a.getManagement("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(a.getManagement("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(a.get("/readyz", null).statusCode()).isEqualTo(200);
        assertThat(a.get("/livez", null).statusCode()).isEqualTo(200);
    }
}

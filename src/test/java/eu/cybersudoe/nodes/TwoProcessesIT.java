package eu.cybersudoe.nodes;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.cybersudoe.testing.PostgresAvailable;
import eu.cybersudoe.testing.TestDatabase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two platform processes (two JVMs from the packaged jar, two ports) on one PostgreSQL database,
 * as behind a proxy that sends each request to either: a session opened on node A goes on on
 * node B, a file uploaded on A is downloaded from B, a change of the indicator catalogue made by
 * A shows on B, and a newsletter issue is delivered by both to one SMTP server while A is killed
 * with SIGKILL in the middle: no copy reaches the server twice, and the only copies beyond those
 * recorded as delivered are among the uncertain ones the platform lists. Run by Failsafe after
 * the jar is packaged ({@code ./mvnw verify}); skipped without PostgreSQL (failed with REQUIRE_PG=1).
 */
@ExtendWith(PostgresAvailable.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoProcessesIT {

    static final String PASSWORD = "two processes password";
    static final int RECIPIENTS = 1000;
    /** Node A's SMTP connections and the copies each hands over between two records of its progress. */
    static final int CONNECTIONS = 2;
    static final int STEP = 10;
    static final String INDICATOR = "en: Awareness actions inventoried and evaluated";

    static final String tag = UUID.randomUUID().toString().substring(0, 8);
    static GreenMail smtp;
    static JdbcClient jdbc;
    static PlatformProcess a;
    static PlatformProcess b;
    static String manager;
    static String admin;
    static String indicatorOnBBeforeA;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "Skipped on H2: two nodes need one PostgreSQL database to share");
        String packaged = System.getProperty("platform.jar");
        assertThat(packaged).as("the packaged jar (system property platform.jar, set by ./mvnw verify)").isNotBlank();
        Path jar = Path.of(packaged);
        assertThat(jar).as("the packaged jar: run ./mvnw verify, which packages it first").exists();
        Path folder = Files.createDirectories(Path.of("target", "two-processes")).toAbsolutePath();
        jdbc = JdbcClient.create(new DriverManagerDataSource(TestDatabase.pgUrl(), TestDatabase.PG_USER, TestDatabase.PG_PASSWORD));
        // one line per recipient otherwise
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.icegreen.greenmail")).setLevel(Level.WARN);
        smtp = new GreenMail(new ServerSetup(PlatformProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        // B first, on the jar's indicator catalogue; A then starts with a revised catalogue file, as a new release would
        b = PlatformProcess.start("node-b", jar, folder, environment(), delivery()).awaitReady(Duration.ofMinutes(5));
        manager = account("manager", "PARTNER_MANAGER");
        admin = account("admin", "NETWORK_ADMIN");
        String managerOnB = b.http.signIn(manager, PASSWORD);
        indicatorOnBBeforeA = indicators(b, managerOnB);
        assertThat(indicatorOnBBeforeA).contains(">Awareness actions inventoried and evaluated<");

        Path catalogue = folder.resolve("indicators-" + tag + ".yml");
        String original;
        try (InputStream in = TwoProcessesIT.class.getResourceAsStream("/reference/monitoring/indicators.yml")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(original).contains(INDICATOR);
        Files.writeString(catalogue, original.replace(INDICATOR, INDICATOR + ", revised " + tag));
        String[] settingsOfA = new String[delivery().length + 1];
        System.arraycopy(delivery(), 0, settingsOfA, 0, delivery().length);
        settingsOfA[settingsOfA.length - 1] = "--cybersudoe.monitoring.indicators=file:" + catalogue;
        a = PlatformProcess.start("node-a", jar, folder, environment(), settingsOfA).awaitReady(Duration.ofMinutes(5));
    }

    /** The database, the SMTP server, and newsletter delivery slow enough for a kill to land in the middle. */
    static Map<String, String> environment() {
        return Map.of("DATABASE_URL", TestDatabase.pgUrl(), "DATABASE_USER", TestDatabase.PG_USER,
                "DATABASE_PASSWORD", TestDatabase.PG_PASSWORD, "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()), "NEWSLETTER_CONNECTIONS", String.valueOf(CONNECTIONS),
                "NEWSLETTER_RATE", "100", "NEWSLETTER_BATCH", "50");
    }

    static String[] delivery() {
        return new String[] {"--cybersudoe.newsletters.step-size=" + STEP, "--cybersudoe.newsletters.poll-interval=200ms",
                "--cybersudoe.newsletters.node-timeout=3s", "--logging.level.root=WARN"};
    }

    /** An account of the role, with a password, made as an administrator would; gives its e-mail address. */
    static String account(String who, String role) {
        String email = who + "." + tag + "@two-processes.example";
        jdbc.sql("""
                        insert into account (email, display_name, password_hash, role, partner_id, language, created_at, confirmed_at)
                        values (?, ?, ?, ?, 'cybermassif', 'en', current_timestamp, current_timestamp)""")
                .params(email, "Two processes " + who, "{noop}" + PASSWORD, role).update();
        return email;
    }

    static String indicators(PlatformProcess node, String session) {
        HttpResponse<String> page = node.http.get("/en/office/indicators", session);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closing : new AutoCloseable[] {a, b}) {
            if (closing != null) {
                try {
                    closing.close();
                } catch (Exception ignored) {
                    // the other node is stopped all the same
                }
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void aSessionOpenedOnAGoesOnOnBAndASignOutOnBEndsItOnA() {
        String session = a.http.signIn(manager, PASSWORD);

        assertThat(b.http.get("/en/account", session).statusCode()).isEqualTo(200);
        assertThat(a.http.get("/en/account", session).statusCode()).isEqualTo(200);

        assertThat(b.http.post("/en/account", "/en/logout", session, Map.of()).statusCode()).isEqualTo(302);
        assertThat(a.http.get("/en/account", session).statusCode()).isNotEqualTo(200);
    }

    @Test
    @Order(2)
    void aFileUploadedOnAIsDownloadedFromB() {
        String session = a.http.signIn(manager, PASSWORD);
        StringBuilder csv = new StringBuilder("Company;Email;Town\n");
        for (int i = 0; csv.length() < 700_000; i++) {
            csv.append("Company ").append(tag).append(' ').append(i).append(";contact").append(i).append("@file.example;Town ")
                    .append(i % 97).append('\n');
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> uploaded = a.http.upload("/en/office/imports/new", "/en/office/imports/new", session,
                Map.of("defaultCountry", "FR", "lawfulBasis", "CONSENT", "consentSource", "fair " + tag), "file", "companies.csv",
                content);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        String mapping = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(mapping).matches(".*/en/office/imports/\\d+/mapping");
        HttpResponse<byte[]> downloaded = b.http.download(mapping.replaceFirst("^https?://[^/]+", "").replace("/mapping", "/file"),
                session);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(content);
    }

    @Test
    @Order(3)
    void theCatalogueRevisedByAShowsOnBWhichHadItInMemory() {
        String session = b.http.signIn(manager, PASSWORD);

        assertThat(indicatorOnBBeforeA).doesNotContain("revised " + tag);
        assertThat(indicators(b, session)).contains(">Awareness actions inventoried and evaluated, revised " + tag + "<");
        assertThat(indicators(a, session)).contains(">Awareness actions inventoried and evaluated, revised " + tag + "<");
    }

    @Test
    @Order(4)
    void aNewsletterDeliveredByBothNodesWithAKilledMidSendReachesNobodyTwice() throws Exception {
        String domain = "n" + tag + ".two-processes.example";
        long issue = draftIssueTo(domain);
        String session = a.http.signInSettingUpCode(admin, PASSWORD);
        String page = "/en/office/newsletters/" + issue;

        assertThat(a.http.post(page, page + "/plan", session, Map.of("segmentId", String.valueOf(segment(domain)),
                "plannedOn", LocalDate.now().toString())).statusCode()).isEqualTo(302);
        assertThat(a.http.post(page, page + "/approve", session, Map.of()).statusCode()).isEqualTo(302);
        assertThat(a.http.post(page + "/launch", page + "/launch", session, Map.of("confirmed", "true")).statusCode()).isEqualTo(302);
        assertThat(state(issue)).as("launched from node A's page").isEqualTo("SENDING");

        double byA = awaitDeliveredBy(a, 100);
        a.kill();
        awaitSent(issue);

        long delivered = count(issue, "DELIVERED");
        List<String> uncertain = emails(issue, "UNCERTAIN");
        assertThat(delivered + uncertain.size()).as("every recipient delivered or uncertain").isEqualTo(RECIPIENTS);
        assertThat(uncertain).as("at most one step per connection of the killed node").hasSizeLessThanOrEqualTo(CONNECTIONS * STEP);
        assertThat(jdbc.sql("select count(distinct claimed_by) from newsletter_send where issue_id = ? and state = 'DELIVERED'")
                .param(issue).query(Long.class).single()).as("both nodes delivered").isEqualTo(2);
        assertThat(byA).isGreaterThanOrEqualTo(100);
        assertThat(b.metric("newsletter_copies_total", "outcome=\"delivered\"")).isPositive();

        List<String> received = receivedAt(domain);
        System.out.printf("Two processes: %d copies, node A delivered %.0f before SIGKILL, %d delivered, %d uncertain, %d received%n",
                RECIPIENTS, byA, delivered, uncertain.size(), received.size());
        assertThat(received).as("no copy reached the SMTP server twice").doesNotHaveDuplicates();
        Set<String> deliveredAddresses = new HashSet<>(emails(issue, "DELIVERED"));
        assertThat(received).containsAll(deliveredAddresses);
        Set<String> beyond = new HashSet<>(received);
        beyond.removeAll(deliveredAddresses);
        assertThat(uncertain).as("copies received but not recorded as delivered are uncertain ones").containsAll(beyond);

        HttpResponse<String> listed = b.http.get(page + "/uncertain.csv", session);
        assertThat(listed.statusCode()).isEqualTo(200);
        List<String> lines = listed.body().lines().skip(1).filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSize(uncertain.size());
        assertThat(uncertain).allMatch(address -> listed.body().contains(address));
    }

    /** Contacts with newsletter consent at a domain of this run, and a draft issue in English: what editors prepared. */
    static long draftIssueTo(String domain) {
        jdbc.sql("update newsletter_send set state = 'CANCELLED' where state in ('PENDING', 'DEFERRED', 'SENDING', 'CLAIMED')").update();
        jdbc.sql("update newsletter_issue set state = 'CANCELLED' where state in ('SENDING', 'PAUSED', 'SCHEDULED')").update();
        String names = "Two processes " + domain + " ";
        jdbc.sql("""
                        insert into organisation (kind, legal_name, name_key, country, woman_led, micro, priority_sector,
                            young_woman_led, tags, created_at, updated_at, version)
                        select 'COMPANY', ? || g, lower(? || g), 'FR', false, false, false, false, '', current_timestamp,
                            current_timestamp, 0 from generate_series(1, ?) g""").params(names, names, RECIPIENTS).update();
        jdbc.sql("""
                        insert into organisation_partner (organisation_id, partner_id, relation, since)
                        select id, 'cybermassif', 'BROUGHT', current_timestamp from organisation where legal_name like ?""")
                .param(names + "%").update();
        jdbc.sql("""
                        insert into contact (organisation_id, first_name, email, email_key, language, newsletter_consent,
                            invitation_consent, created_at, updated_at, version)
                        select id, 'Reader', 'r' || id || '@' || ?, 'r' || id || '@' || ?, 'en', true, false, current_timestamp,
                            current_timestamp, 0 from organisation where legal_name like ?""")
                .params(domain, domain, names + "%").update();
        jdbc.sql("insert into segment (partner_id, name, criteria, created_by, created_at) values ('cybermassif', ?, ?, null, current_timestamp)")
                .params("segment " + domain, "{\"q\":\"@" + domain + "\"}").update();
        int number = 2_000_000 + (int) (Math.abs(tag.hashCode()) % 1_000_000);
        jdbc.sql("insert into newsletter_issue (number, planned_on, state, updated_at, version) values (?, current_date, 'DRAFT', current_timestamp, 0)")
                .param(number).update();
        long issue = jdbc.sql("select id from newsletter_issue where number = ?").param(number).query(Long.class).single();
        jdbc.sql("""
                        insert into newsletter_variant (issue_id, language, subject, preheader, body, links, updated_at)
                        values (?, 'en', ?, 'Two nodes', ?, '', current_timestamp)""")
                .params(issue, "Two nodes " + tag, "# Two nodes\n\nOne copy for each reader, whichever node sends it.").update();
        return issue;
    }

    static long segment(String domain) {
        return jdbc.sql("select id from segment where name = ?").param("segment " + domain).query(Long.class).single();
    }

    static String state(long issue) {
        return jdbc.sql("select state from newsletter_issue where id = ?").param(issue).query(String.class).single();
    }

    static long count(long issue, String state) {
        return jdbc.sql("select count(*) from newsletter_send where issue_id = ? and state = ?").params(issue, state)
                .query(Long.class).single();
    }

    static List<String> emails(long issue, String state) {
        return jdbc.sql("select email_key from newsletter_send where issue_id = ? and state = ?").params(issue, state)
                .query(String.class).list();
    }

    /** Waits until the node has delivered at least that many copies (its own counter), and gives its count. */
    static double awaitDeliveredBy(PlatformProcess node, int copies) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(giveUp)) {
            double delivered = node.metric("newsletter_copies_total", "outcome=\"delivered\"");
            if (delivered >= copies) {
                return delivered;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Node A delivered fewer than " + copies + " copies in 2 minutes:\n" + node.logTail());
    }

    static void awaitSent(long issue) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(giveUp)) {
            if (state(issue).equals("SENT")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Node B did not finish the issue in 6 minutes (" + state(issue) + "):\n" + b.logTail());
    }

    /** The addresses of the domain each message the SMTP server stored was sent to, one per message. */
    static List<String> receivedAt(String domain) throws MessagingException {
        List<String> addresses = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (var to : message.getRecipients(Message.RecipientType.TO)) {
                String address = to.toString().replaceAll(".*<|>.*", "").toLowerCase();
                if (address.endsWith("@" + domain)) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }
}

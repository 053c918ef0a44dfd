package eu.cybersudoe.nodes;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.conferences.ConferenceTestData;
import eu.cybersudoe.conferences.internal.ConferenceJobs;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.conferences.internal.Invitations;
import eu.cybersudoe.diagnostics.DiagnosticsTestData;
import eu.cybersudoe.diagnostics.RetakeInvitations;
import eu.cybersudoe.diagnostics.internal.RetakeInvitationStore;
import eu.cybersudoe.committees.internal.ActionReminders;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.DeliveryMode;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionFollowUps;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.ReportDraft;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.shared.CacheVersions;
import eu.cybersudoe.shared.JobLeases;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.files.FileStore;
import eu.cybersudoe.shared.files.StoredFile;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxEntry;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.PostgresAvailable;
import eu.cybersudoe.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two platform nodes on one PostgreSQL database, as behind a proxy that sends each request to
 * either: a session opened on one is used on the other, a sign-out or a password change on one
 * ends sessions on both, a file stored by one is read by the other, a change of cached data on one
 * shows on the other, a job's lease is held by one of them at a time, due jobs run by both at once
 * are claimed once, and Actuator answers only on
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
        // no background rounds: the test runs each job itself on both nodes at once
        a = Node.start("--cybersudoe.scheduling.enabled=false");
        b = Node.start("--cybersudoe.scheduling.enabled=false");
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
        a.bean(AccountService.class).createConfirmed(email, "Ana Node", "{noop}" + PASSWORD, Role.PARTNER_MANAGER, "cybermassif",
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
    void aChangeOfTheIndicatorCatalogueOnOneNodeShowsOnTheOther() {
        Monitoring onB = b.bean(Monitoring.class);
        Indicator before = onB.indicators().getFirst();
        BigDecimal changed = before.globalTarget() == null ? BigDecimal.ONE : before.globalTarget().add(BigDecimal.ONE);
        try {
            setGlobalTarget(before.code(), changed);
            assertThat(onB.indicator(before.code()).orElseThrow().globalTarget()).isEqualByComparingTo(changed);
        } finally {
            setGlobalTarget(before.code(), before.globalTarget());
        }
        assertThat(onB.indicator(before.code()).orElseThrow().globalTarget()).isEqualTo(before.globalTarget());
    }

    /** What a change of the catalogue does on node A: the row and the catalogue's version, in one transaction. */
    private static void setGlobalTarget(String code, BigDecimal target) {
        a.bean(TransactionTemplate.class).executeWithoutResult(status -> {
            a.bean(JdbcClient.class).sql("update monitoring_indicator set global_target = ? where code = ?")
                    .params(target, code).update();
            a.bean(CacheVersions.class).changed("monitoring-indicators");
        });
    }

    @Test
    void aJobLeaseIsHeldByOneNodeAtATime() throws Exception {
        String job = "two-nodes-" + UUID.randomUUID();
        JobLeases onA = a.bean(JobLeases.class);
        JobLeases onB = b.bean(JobLeases.class);
        try (ExecutorService both = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 20; round++) {
                Future<Boolean> takenByA = both.submit(() -> onA.take(job, Duration.ofMinutes(1)));
                Future<Boolean> takenByB = both.submit(() -> onB.take(job, Duration.ofMinutes(1)));
                boolean byA = takenByA.get();
                boolean byB = takenByB.get();
                assertThat(byA ^ byB).as("round %d: exactly one node holds the lease", round).isTrue();
                (byA ? onA : onB).release(job);
            }
        }
        assertThat(onA.take(job, Duration.ofMinutes(1))).isTrue();
        assertThat(onA.take(job, Duration.ofMinutes(1))).as("renewed by its holder").isTrue();
        assertThat(onB.take(job, Duration.ofMinutes(1))).isFalse();
        assertThat(onB.take(job, Duration.ofMinutes(-1))).isFalse();
    }

    @Test
    void dueRetakeInvitationsAreClaimedOnceWhenBothNodesRunTheJobAtOnce() throws Exception {
        CompanyId company = DiagnosticsTestData.company(a.bean(CompanyRegistry.class));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 10; i++) {
            a.bean(RetakeInvitations.class).schedule(company, "retake-" + tag + "-" + i + "@example.org", Language.FR,
                    "security", java.time.Instant.now().minusSeconds(60), "two nodes");
        }
        long due = a.bean(JdbcClient.class)
                .sql("select count(*) from retake_invitation where sent_at is null and due_at <= current_timestamp")
                .query(Long.class).single();

        int[] claimed = bothAtOnce(() -> a.bean(RetakeInvitationStore.class).sendDue(),
                () -> b.bean(RetakeInvitationStore.class).sendDue());

        assertThat(claimed[0] + claimed[1]).as("claimed by A %d, by B %d", claimed[0], claimed[1]).isEqualTo((int) due);
        int[] again = bothAtOnce(() -> a.bean(RetakeInvitationStore.class).sendDue(),
                () -> b.bean(RetakeInvitationStore.class).sendDue());
        assertThat(again[0] + again[1]).isZero();
    }

    @Test
    void dueConferenceJobsAreClaimedOnceAndEachInvitationSentOnceWhenBothNodesRunThemAtOnce() throws Exception {
        long conference = ConferenceTestData.published(a.bean(ConferenceOffice.class), a.bean(java.time.Clock.class),
                "cybermassif", 10);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        java.util.List<String> press = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            press.add("press-" + tag + "-" + i + "@example.org");
            a.bean(Invitations.class).toPress(conference, press.getLast() + " fr", null, null);
        }
        long due = a.bean(JdbcClient.class)
                .sql("select count(*) from conference_job where done_at is null and due_at <= current_timestamp")
                .query(Long.class).single();
        assertThat(due).isGreaterThanOrEqualTo(press.size());

        int[] claimed = bothAtOnce(() -> a.bean(ConferenceJobs.class).runDue(), () -> b.bean(ConferenceJobs.class).runDue());

        assertThat(claimed[0] + claimed[1]).as("claimed by A %d, by B %d", claimed[0], claimed[1]).isEqualTo((int) due);
        int[] again = bothAtOnce(() -> a.bean(ConferenceJobs.class).runDue(), () -> b.bean(ConferenceJobs.class).runDue());
        assertThat(again[0] + again[1]).isZero();
        for (String address : press) {
            assertThat(mailsTo(address)).as("mails to %s", address).hasSize(1);
        }
    }

    @Test
    void dueMissionFollowUpsAreClaimedOnceAndEachCompanyAskedOnceWhenBothNodesRunThemAtOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        java.util.List<String> contacts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            contacts.add("follow-up-" + tag + "-" + i + "@example.org");
            deliveredMission(contacts.getLast());
        }
        a.bean(JdbcClient.class).sql("update mission_job set due_at = ? where done_at is null and due_at > ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)),
                        java.sql.Timestamp.from(java.time.Instant.now())).update();
        long due = a.bean(JdbcClient.class)
                .sql("select count(*) from mission_job where done_at is null and due_at <= current_timestamp")
                .query(Long.class).single();
        assertThat(due).isGreaterThanOrEqualTo(contacts.size());

        int[] claimed = bothAtOnce(() -> a.bean(MissionFollowUps.class).runDue(), () -> b.bean(MissionFollowUps.class).runDue());

        assertThat(claimed[0] + claimed[1]).as("claimed by A %d, by B %d", claimed[0], claimed[1]).isEqualTo((int) due);
        int[] again = bothAtOnce(() -> a.bean(MissionFollowUps.class).runDue(), () -> b.bean(MissionFollowUps.class).runDue());
        assertThat(again[0] + again[1]).isZero();
        for (String contact : contacts) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(mailsTo(contact)).filteredOn(mail -> mail.subject().startsWith("What became")).hasSize(1));
        }
        Thread.sleep(1_000);
        for (String contact : contacts) {
            assertThat(mailsTo(contact)).as("follow-ups to %s", contact)
                    .filteredOn(mail -> mail.subject().startsWith("What became")).hasSize(1);
        }
    }

    /** A mission walked from request to delivery on node A, as a partner's manager does, for a company's contact. */
    private static void deliveredMission(String contact) {
        CompanyId company = DiagnosticsTestData.company(a.bean(CompanyRegistry.class));
        long advisor = a.bean(AccountService.class).createConfirmed("advisor." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org", "Ana Advisor", "{noop}" + PASSWORD, Role.ADVISOR, "cybermassif", Language.EN).id();
        MissionService missions = a.bean(MissionService.class);
        Actor manager = new Actor(null, "Two nodes");
        long id = missions.request(company, new Mission.Request(MissionOrigin.STAFF, null, null, null, contact, Language.EN,
                "Choose accounting software", java.util.List.of("business-management"), null), manager).id();
        // the company's region may fall to another partner: the advisor must be that partner's
        String partner = missions.accept(id, manager).partnerId();
        if (!"cybermassif".equals(partner)) {
            advisor = a.bean(AccountService.class).createConfirmed("advisor." + UUID.randomUUID().toString().substring(0, 8)
                    + "@example.org", "Ana Advisor", "{noop}" + PASSWORD, Role.ADVISOR, partner, Language.EN).id();
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        missions.schedule(id, manager, new Mission.Schedule(today, DeliveryMode.ON_SITE, BigDecimal.ONE), advisor);
        missions.hold(id, manager, today, BigDecimal.ONE);
        ReportDraft draft = new ReportDraft();
        draft.getNeeds().put("business-management", "Quotes written by hand");
        draft.setRecommendations("An accounting package");
        missions.saveReport(id, manager, draft);
        missions.submitReport(id, manager);
        missions.validateReport(id, manager);
        missions.deliver(id, manager);
    }

    @Test
    void dueActionRemindersAreClaimedOnceAndEachOwnerRemindedOnceWhenBothNodesRunThemAtOnce() throws Exception {
        JdbcClient jdbc = a.bean(JdbcClient.class);
        long meeting = jdbc.sql("select min(id) from committee_meeting").query(Long.class).single();
        java.time.LocalDate today = java.time.LocalDate.now(a.bean(java.time.Clock.class));
        java.util.List<String> owners = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add("owner." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
            long owner = a.bean(AccountService.class).createConfirmed(owners.getLast(), "Olga Owner", "{noop}" + PASSWORD,
                    Role.PARTNER_MANAGER, "cybermassif", Language.EN).id();
            jdbc.sql("""
                    insert into committee_action (meeting_id, title, owner_id, owner_partner_id, due_on, status, created_at, updated_at)
                    values (?, ?, ?, 'cybermassif', ?, 'OPEN', current_timestamp, current_timestamp)""")
                    .params(meeting, "Write the guide " + i, owner, java.sql.Date.valueOf(today.plusDays(1))).update();
        }
        long due = jdbc.sql("""
                        select count(*) from committee_action where status in ('OPEN', 'IN_PROGRESS') and due_on <= ?
                            and (reminded_on is null or reminded_on <= ?)""")
                .params(java.sql.Date.valueOf(today.plusDays(3)), java.sql.Date.valueOf(today.minusDays(7))).query(Long.class).single();

        int[] claimed = bothAtOnce(() -> a.bean(ActionReminders.class).remind(), () -> b.bean(ActionReminders.class).remind());

        assertThat(claimed[0] + claimed[1]).as("claimed by A %d, by B %d", claimed[0], claimed[1]).isEqualTo((int) due);
        int[] again = bothAtOnce(() -> a.bean(ActionReminders.class).remind(), () -> b.bean(ActionReminders.class).remind());
        assertThat(again[0] + again[1]).isZero();
        for (String owner : owners) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(mailsTo(owner)).filteredOn(mail -> mail.subject().startsWith("Reminder")).hasSize(1));
        }
        Thread.sleep(1_000);
        for (String owner : owners) {
            assertThat(mailsTo(owner)).as("reminders to %s", owner).filteredOn(mail -> mail.subject().startsWith("Reminder")).hasSize(1);
        }
    }

    /** The mails to an address in both nodes' outboxes (one folder when they share it, so counted once). */
    static java.util.List<OutboxEntry> mailsTo(String address) {
        return Stream.of(a, b)
                .flatMap(node -> node.bean(Outbox.class).list(1, Outbox.MAX_PAGE_SIZE).entries().stream())
                .filter(entry -> entry.to().contains(address))
                .collect(java.util.stream.Collectors.toMap(OutboxEntry::id, entry -> entry, (same, other) -> same))
                .values().stream().toList();
    }

    static int[] bothAtOnce(java.util.concurrent.Callable<Integer> onA, java.util.concurrent.Callable<Integer> onB)
            throws Exception {
        try (ExecutorService both = Executors.newFixedThreadPool(2)) {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            Future<Integer> byA = both.submit(() -> {
                start.await();
                return onA.call();
            });
            Future<Integer> byB = both.submit(() -> {
                start.await();
                return onB.call();
            });
            start.countDown();
            return new int[] {byA.get(), byB.get()};
        }
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

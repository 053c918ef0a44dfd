package eu.cybersudoe.newsletters.internal;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Delivery end to end: launched issues sent over SMTP to GreenMail and to a server that refuses on purpose. */
@DatabaseTest
@TestPropertySource(properties = {"cybersudoe.newsletters.workers=false", "cybersudoe.newsletters.batch-size=5",
        "cybersudoe.newsletters.step-size=2",
        "cybersudoe.newsletters.rate-per-second=100000", "cybersudoe.base-url=https://cybersudoe.test"})
class NewsletterDeliveryTest {

    static final int PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Issues issues;
    @Autowired
    Programme programme;
    @Autowired
    DeliveryEngine engine;
    @Autowired
    SendRecords records;
    @Autowired
    Suppressions suppressions;
    @Autowired
    NewsletterIndicators indicators;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    Signatures signatures;

    NewsletterFixture fixture;
    final List<Courier> couriers = new ArrayList<>();

    @BeforeEach
    void isolate() {
        // issues of other tests still being sent would be picked up by this test's workers
        NewsletterFixture.cancelOthersInFlight(jdbc);
        fixture = new NewsletterFixture(jdbc, issues, programme);
    }

    @AfterEach
    void closeCouriers() {
        couriers.forEach(Courier::close);
    }

    Courier courier(int port) {
        SmtpRelay relay = new SmtpRelay("127.0.0.1", port, null, null, "smtp", new Properties(), "no-reply@cybersudoe.eu");
        Courier courier = new SmtpCourier(relay, java.time.Clock.systemUTC());
        couriers.add(courier);
        return courier;
    }

    int drain(Courier courier) {
        int total = 0;
        int claimed;
        while ((claimed = engine.workOnce(courier)) > 0) {
            total += claimed;
        }
        return total;
    }

    @Test
    void eachRecipientGetsOneCopyInTheirLanguageWithItsHeadersAndMessageId() throws Exception {
        fixture.company("FR", "marie", "Marie", "fr", true);
        fixture.company("FR", "lucia", "Lucía", "es", true);
        fixture.company("PT", "joao", "João", "pt", true);
        fixture.company("ES", "nobody", "Nadie", "es", false);
        long issueId = fixture.launched(List.of(Language.FR, Language.ES, Language.EN));

        assertThat(drain(courier(PORT))).isEqualTo(3);

        MimeMessage[] messages = greenMail.getReceivedMessages();
        assertThat(messages).hasSize(3);
        MimeMessage marie = to(messages, fixture.email("marie"));
        assertThat(marie.getSubject()).isEqualTo("Subject fr – cybersécurité");
        assertThat(marie.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat(marie.getHeader("X-CyberSudoe-Category", null)).isEqualTo("newsletter");
        assertThat(marie.getHeader("List-Unsubscribe", null)).startsWith("<https://cybersudoe.test/fr/newsletter/one-click?t=")
                .containsPattern(", <mailto:unsubscribe\\+\\d+-[0-9a-f]+@[^>?]+\\?subject=unsubscribe>$");
        assertThat(marie.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(marie.getMessageID()).isEqualTo(fixture.column(issueId, "marie", "message_id"));
        assertThat(marie.getFrom()[0].toString()).contains("no-reply@cybersudoe.eu");
        String html = part(marie, "text/html");
        String text = part(marie, "text/plain");
        assertThat(html).contains("Marie").contains("<strong>fr</strong>").doesNotContain("<script>")
                .contains("https://cybersudoe.test/fr/newsletter/click/").contains(fixture.email("marie"))
                .contains("https://cybersudoe.test/fr/newsletter/unsubscribe?t=");
        assertThat(text).contains("Marie").contains("https://example.org/guide").contains("/fr/newsletter/unsubscribe?t=")
                .contains("\n.dot at the start of a line").doesNotContain("..dot")
                .contains("Cybermassif, 10 allée Évariste Galois, 63000 Clermont-Ferrand, France");
        assertThat(to(messages, fixture.email("lucia")).getSubject()).isEqualTo("Subject es – cybersécurité");
        MimeMessage joao = to(messages, fixture.email("joao"));
        assertThat(joao.getSubject()).isEqualTo("Subject en – cybersécurité");
        assertThat(part(joao, "text/plain")).contains("João");
        assertThat(fixture.state(issueId, "marie")).isEqualTo("DELIVERED");
        assertThat(jdbc.sql("select count(*) from newsletter_send where issue_id = ?").param(issueId).query(Long.class).single())
                .isEqualTo(3);

        engine.housekeepOnce();
        assertThat(issues.find(issueId).orElseThrow().state()).isEqualTo(IssueState.SENT);
    }

    @Test
    void suppressedAddressesAreNeverSentTo() throws Exception {
        fixture.company("FR", "kept", "Kept", "fr", true);
        fixture.company("FR", "gone", "Gone", "fr", true);
        fixture.company("FR", "later", "Later", "fr", true);
        suppressions.suppress(fixture.email("gone"), Suppressions.Reason.COMPLAINT, "complaint", Instant.now());
        long issueId = fixture.launched(List.of(Language.FR, Language.EN));
        assertThat(fixture.state(issueId, "gone")).isEqualTo("SUPPRESSED");
        // unsubscribed after the launch, before its batch
        suppressions.suppress(fixture.email("later"), Suppressions.Reason.UNSUBSCRIBED, "link", Instant.now());

        drain(courier(PORT));

        assertThat(recipients(greenMail.getReceivedMessages())).containsExactly(fixture.email("kept"));
        assertThat(fixture.state(issueId, "later")).isEqualTo("SUPPRESSED");
    }

    @Test
    void aTemporaryRefusalIsRetriedAfterItsBackOffAndAPermanentOneSuppressesTheAddress() throws Exception {
        fixture.company("FR", "flaky", "Flaky", "fr", true);
        fixture.company("FR", "reject", "Reject", "fr", true);
        fixture.company("FR", "fine", "Fine", "fr", true);
        long issueId = fixture.launched(List.of(Language.FR, Language.EN));
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            Courier courier = courier(server.port());
            drain(courier);

            assertThat(fixture.state(issueId, "fine")).isEqualTo("DELIVERED");
            assertThat(fixture.state(issueId, "flaky")).isEqualTo("DEFERRED");
            assertThat(fixture.column(issueId, "flaky", "last_error")).startsWith("451");
            assertThat(fixture.state(issueId, "reject")).isEqualTo("FAILED");
            assertThat(fixture.column(issueId, "reject", "last_error")).startsWith("550");
            assertThat(suppressions.reason(fixture.email("reject"))).contains(Suppressions.Reason.HARD_BOUNCE);
            // not again before the back-off
            assertThat(drain(courier)).isZero();

            fixture.backOffPassed(issueId);
            assertThat(drain(courier)).isEqualTo(1);
            assertThat(fixture.state(issueId, "flaky")).isEqualTo("DELIVERED");
            assertThat(fixture.column(issueId, "flaky", "attempts")).isEqualTo("2");
            assertThat(server.accepted()).containsExactlyInAnyOrder(fixture.email("fine"), fixture.email("flaky"));
        }
        long next = fixture.launched(List.of(Language.FR, Language.EN));
        assertThat(fixture.state(next, "reject")).isEqualTo("SUPPRESSED");
    }

    @Test
    void aConnectionLostDuringAMessageLeavesItUncertainAndItIsNotSentAgain() throws Exception {
        fixture.company("FR", "drop", "Drop", "fr", true);
        long issueId = fixture.launched(List.of(Language.FR, Language.EN));
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            Courier courier = courier(server.port());
            drain(courier);
            assertThat(fixture.state(issueId, "drop")).isEqualTo("UNCERTAIN");
            assertThat(drain(courier)).isZero();
            assertThat(server.received()).hasSize(1);
        }
    }

    @Test
    void aPausedIssueWaitsUntilResumed() throws Exception {
        for (int i = 0; i < 7; i++) {
            fixture.company("ES", "p" + i, "P" + i, "es", true);
        }
        long issueId = fixture.launched(List.of(Language.ES, Language.EN));
        Courier courier = courier(PORT);
        assertThat(engine.workOnce(courier)).isEqualTo(5);
        assertThat(programme.pause(issueId).done()).isTrue();

        assertThat(drain(courier)).isZero();
        assertThat(records.counts(issueId)).containsEntry(SendState.PENDING, 2L).containsEntry(SendState.DELIVERED, 5L);

        assertThat(programme.resume(issueId).done()).isTrue();
        assertThat(drain(courier)).isEqualTo(2);
        assertThat(greenMail.getReceivedMessages()).hasSize(7);
        assertThat(new HashSet<>(recipients(greenMail.getReceivedMessages()))).hasSize(7);
    }

    @Test
    void aCancelledIssueSendsNothingMore() {
        for (int i = 0; i < 7; i++) {
            fixture.company("PT", "c" + i, null, "pt", true);
        }
        long issueId = fixture.launched(List.of(Language.PT, Language.EN));
        Courier courier = courier(PORT);
        engine.workOnce(courier);
        assertThat(programme.cancel(issueId).done()).isTrue();

        assertThat(drain(courier)).isZero();
        assertThat(records.counts(issueId)).containsEntry(SendState.CANCELLED, 2L).containsEntry(SendState.DELIVERED, 5L);
        assertThat(issues.find(issueId).orElseThrow().state()).isEqualTo(IssueState.CANCELLED);
    }

    @Test
    void aNodeKilledInTheMiddleOfAStepLeavesOnlyThatStepUncertainAndItsUnhandedCopiesAreSentByAnother() throws Exception {
        for (int i = 0; i < 12; i++) {
            fixture.company("FR", "k" + i, "K" + i, "fr", true);
        }
        long issueId = fixture.launched(List.of(Language.FR, Language.EN));
        // a node claims a batch of 5 and hands it in steps of 2: killed while handing the 4th copy
        Courier killedAtFourth = killedAt(4, courier(PORT));
        assertThatThrownBy(() -> engine.workOnce(killedAtFourth, "killed-node")).isInstanceOf(Killed.class);
        assertThat(records.counts(issueId)).containsEntry(SendState.DELIVERED, 2L).containsEntry(SendState.SENDING, 2L)
                .containsEntry(SendState.CLAIMED, 1L);
        String neverHanded = jdbc.sql("select email from newsletter_send where issue_id = ? and state = 'CLAIMED'")
                .param(issueId).query(String.class).single();
        // a node that is alive keeps its claims
        List<SendRecords.Claimed> alive = records.claim(engine.node(), issueId, 1, Instant.now());

        engine.housekeepOnce();

        assertThat(records.counts(issueId)).containsEntry(SendState.UNCERTAIN, 2L).containsEntry(SendState.CLAIMED, 1L)
                .containsEntry(SendState.PENDING, 7L);
        records.record(engine.node(), List.of(new SendRecords.Result(alive.getFirst().id(), SendState.PENDING, null, null,
                null, 0)), Instant.now());
        assertThat(drain(courier(PORT))).isEqualTo(8);
        assertThat(drain(courier(PORT))).isZero();
        List<String> sent = recipients(greenMail.getReceivedMessages());
        // three copies reached the relay before the kill (the third one uncertain), eight after it
        assertThat(sent).hasSize(11).doesNotHaveDuplicates().contains(neverHanded);
        engine.housekeepOnce();
        assertThat(issues.find(issueId).orElseThrow().state()).isEqualTo(IssueState.SENT);
        assertThat(records.counts(issueId)).containsEntry(SendState.UNCERTAIN, 2L).containsEntry(SendState.DELIVERED, 10L);
        assertThat(jdbc.sql("select count(*) from newsletter_send where issue_id = ? and state = 'UNCERTAIN' "
                + "and handed_at is not null").param(issueId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aNodeKilledWhileThreeConnectionsSendLeavesAtMostAStepPerConnectionUncertainAndNoCopyTwice() throws Exception {
        for (int i = 0; i < 40; i++) {
            fixture.company("FR", "m" + i, "M" + i, "fr", true);
        }
        long issueId = fixture.launched(List.of(Language.FR, Language.EN));
        // three workers of one node, each with its own connection, killed at their 2nd, 3rd and 5th copy
        List<Courier> dying = List.of(killedAt(2, slow(courier(PORT))), killedAt(3, slow(courier(PORT))),
                killedAt(5, slow(courier(PORT))));
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<Integer>> workers = new ArrayList<>();
            for (Courier courier : dying) {
                workers.add(pool.submit(() -> workUntilKilled(courier)));
            }
            for (Future<Integer> worker : workers) {
                assertThatThrownBy(worker::get).hasCauseInstanceOf(Killed.class);
            }
        }

        engine.housekeepOnce();

        long uncertain = records.counts(issueId).get(SendState.UNCERTAIN);
        assertThat(uncertain).as("at most one step (2 copies) per connection").isPositive().isLessThanOrEqualTo(3 * 2);
        assertThat(records.counts(issueId)).containsEntry(SendState.CLAIMED, 0L).containsEntry(SendState.SENDING, 0L);
        drain(courier(PORT));
        engine.housekeepOnce();
        assertThat(issues.find(issueId).orElseThrow().state()).isEqualTo(IssueState.SENT);
        assertThat(records.counts(issueId)).containsEntry(SendState.DELIVERED, 40 - uncertain)
                .containsEntry(SendState.UNCERTAIN, uncertain);
        List<String> sent = recipients(greenMail.getReceivedMessages());
        assertThat(sent).doesNotHaveDuplicates();
        // every copy went once, except uncertain ones the kill stopped before they went
        List<String> uncertainAddresses = jdbc.sql("select email from newsletter_send where issue_id = ? and state = 'UNCERTAIN'")
                .param(issueId).query(String.class).list();
        List<String> delivered = jdbc.sql("select email from newsletter_send where issue_id = ? and state = 'DELIVERED'")
                .param(issueId).query(String.class).list();
        assertThat(sent).containsAll(delivered).hasSizeBetween(delivered.size(), delivered.size() + uncertainAddresses.size());
        assertThat(sent).allMatch(address -> delivered.contains(address) || uncertainAddresses.contains(address));
    }

    @Test
    void twoWorkersShareTheBatchesWithoutSendingAnythingTwice() throws Exception {
        for (int i = 0; i < 40; i++) {
            fixture.company("FR", "w" + i, "W" + i, "fr", true);
        }
        long issueId = fixture.launched(List.of(Language.FR, Language.EN));
        Courier first = slow(courier(PORT));
        Courier second = slow(courier(PORT));
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<Integer> one = pool.submit((Callable<Integer>) () -> work(first, issueId));
            Future<Integer> two = pool.submit((Callable<Integer>) () -> work(second, issueId));
            assertThat(one.get() + two.get()).isEqualTo(40);
            assertThat(one.get()).isPositive();
            assertThat(two.get()).isPositive();
        }
        List<String> sent = recipients(greenMail.getReceivedMessages());
        assertThat(sent).hasSize(40).doesNotHaveDuplicates();
        assertThat(records.counts(issueId)).containsEntry(SendState.DELIVERED, 40L);
        assertThat(jdbc.sql("select count(distinct message_id) from newsletter_send where issue_id = ?").param(issueId)
                .query(Long.class).single()).isEqualTo(40);
    }

    @Test
    void theIndicatorsCountDeliveredCopiesAndCompaniesPerPartnerOfProvenance() {
        LocalDate today = LocalDate.now().plusDays(1);
        PartnerId partner = new PartnerId(NewsletterFixture.PARTNER);
        BigDecimal sendsBefore = indicators.measure(NewsletterIndicators.SENDS, today, Optional.empty()).orElseThrow();
        BigDecimal partnerBefore = indicators.measure(NewsletterIndicators.SENDS, today, Optional.of(partner)).orElseThrow();
        BigDecimal awareBefore = indicators.measure(NewsletterIndicators.AWARE, today, Optional.empty()).orElseThrow();
        BigDecimal issuedBefore = indicators.measure(NewsletterIndicators.ISSUED, today, Optional.empty()).orElseThrow();
        fixture.company("FR", "a1", "A", "fr", true);
        fixture.company("FR", "a2", "B", "fr", true);
        fixture.launched(List.of(Language.FR, Language.EN));
        drain(courier(PORT));
        fixture.launched(List.of(Language.FR, Language.EN));
        drain(courier(PORT));
        engine.housekeepOnce();

        assertThat(indicators.measure(NewsletterIndicators.SENDS, today, Optional.empty()).orElseThrow())
                .isEqualByComparingTo(sendsBefore.add(BigDecimal.valueOf(4)));
        assertThat(indicators.measure(NewsletterIndicators.SENDS, today, Optional.of(partner)).orElseThrow())
                .isEqualByComparingTo(partnerBefore.add(BigDecimal.valueOf(4)));
        assertThat(indicators.measure(NewsletterIndicators.SENDS, today, Optional.of(new PartnerId("transferts-lr"))))
                .isPresent();
        assertThat(indicators.measure(NewsletterIndicators.AWARE, today, Optional.empty()).orElseThrow())
                .isEqualByComparingTo(awareBefore.add(BigDecimal.valueOf(2)));
        assertThat(indicators.measure(NewsletterIndicators.ISSUED, today, Optional.empty()).orElseThrow())
                .isEqualByComparingTo(issuedBefore.add(BigDecimal.valueOf(2)));
        assertThat(indicators.measure(NewsletterIndicators.ISSUED, today, Optional.of(partner))).isEmpty();
    }

    @Test
    void anUnsubscribeLinkNamesItsAddressWithoutRevealingItAndAForgedOneIsRefused() {
        String token = links.token(42, "Someone@Example.org");
        assertThat(links.read(token)).contains(new UnsubscribeLinks.Subscriber(42, "someone@example.org"));
        // opaque: neither the address nor its Base64 appears in the token
        String encoded = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("42:someone@example.org".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(token).doesNotContain("someone").doesNotContain(encoded.substring(4, 20)).doesNotContain(".");
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(token);
        bytes[bytes.length / 2] ^= 1;
        assertThat(links.read(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))).isEmpty();
        assertThat(links.read("nonsense")).isEmpty();
        // links of copies sent before (the address and its signature) still unsubscribe, and still refuse forgeries
        byte[] payload = "42:someone@example.org".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String legacy = encoded + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signatures.sign(payload));
        assertThat(links.read(legacy)).contains(new UnsubscribeLinks.Subscriber(42, "someone@example.org"));
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "42:other@example.org".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + legacy.split("\\.")[1];
        assertThat(links.read(forged)).isEmpty();
    }

    @Test
    void theProgrammeHasTwentyIssuesPlannedFromTheProjectCalendar() {
        List<Issue> programmed = issues.programme().stream().filter(i -> i.number() <= Programme.ISSUES).toList();
        assertThat(programmed).hasSize(Programme.ISSUES);
        assertThat(programmed.get(1).plannedOn()).isEqualTo(programmed.get(0).plannedOn().plusMonths(1));
    }

    @Test
    void approvalNeedsAnEnglishVariantAndAChangeUndoesIt() {
        long issueId = fixture.issue(List.of(Language.FR));
        assertThat(programme.approve(issueId, 1L).messageKey()).isEqualTo("newsletters.refused.noEnglish");
        programme.saveVariant(issueId, NewsletterFixture.variant(Language.EN));
        assertThat(programme.approve(issueId, 1L).done()).isTrue();
        programme.saveVariant(issueId, NewsletterFixture.variant(Language.FR));
        assertThat(issues.find(issueId).orElseThrow().state()).isEqualTo(IssueState.DRAFT);
        Map<String, String> errors = programme.saveVariant(issueId, new Variant(Language.ES, " ", "", "", "no link here"));
        assertThat(errors).containsKeys("subject", "body", "links");
    }

    /** Works as a worker does until the issue has nothing left to send; returns how many records it claimed. */
    int work(Courier courier, long issueId) throws InterruptedException {
        int total = 0;
        while (records.counts(issueId).entrySet().stream().anyMatch(e -> e.getKey().open() && e.getValue() > 0)) {
            int claimed = engine.workOnce(courier);
            total += claimed;
            if (claimed == 0) {
                Thread.sleep(2);
            }
        }
        return total;
    }

    /** Claims batch after batch until the courier's node is killed (a claim may come back empty while others claim). */
    private int workUntilKilled(Courier courier) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (engine.workOnce(courier, "killed-node") == 0) {
                Thread.sleep(5);
            }
        }
        return 0;
    }

    /** The node dies while handing a copy to the relay. */
    static final class Killed extends RuntimeException {
    }

    /** A courier whose node is killed as it is about to hand over its {@code nth} copy. */
    static Courier killedAt(int nth, Courier courier) {
        java.util.concurrent.atomic.AtomicInteger handed = new java.util.concurrent.atomic.AtomicInteger();
        return new Courier() {
            @Override
            public Outcome send(Letter letter) {
                if (handed.incrementAndGet() == nth) {
                    throw new Killed();
                }
                return courier.send(letter);
            }

            @Override
            public void close() {
                courier.close();
            }
        };
    }

    /** A courier that takes a little time per message, so that two workers overlap. */
    static Courier slow(Courier courier) {
        return new Courier() {
            @Override
            public Outcome send(Letter letter) {
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return courier.send(letter);
            }

            @Override
            public void close() {
                courier.close();
            }
        };
    }

    static MimeMessage to(MimeMessage[] messages, String address) throws Exception {
        for (MimeMessage message : messages) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                return message;
            }
        }
        throw new AssertionError("No message to " + address);
    }

    static List<String> recipients(MimeMessage[] messages) throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : messages) {
            recipients.add(message.getAllRecipients()[0].toString());
        }
        return recipients;
    }

    static String part(MimeMessage message, String type) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).isMimeType(type)) {
                return (String) multipart.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("No " + type + " part in " + Arrays.toString(message.getHeader("Content-Type")));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

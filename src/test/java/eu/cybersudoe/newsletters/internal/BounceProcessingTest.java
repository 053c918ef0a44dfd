package eu.cybersudoe.newsletters.internal;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounces end to end: copies sent over SMTP with their return path, then the messages that come
 * back read, classified, recorded once and acted upon; the mailbox read over IMAP and POP3.
 */
@DatabaseTest
@TestPropertySource(properties = {"cybersudoe.newsletters.workers=false", "cybersudoe.newsletters.batch-size=5",
        "cybersudoe.newsletters.rate-per-second=100000", "cybersudoe.base-url=https://cybersudoe.test"})
class BounceProcessingTest {

    static final int IMAP = NewsletterDeliveryTest.freePort();
    static final int POP3 = NewsletterDeliveryTest.freePort();

    @RegisterExtension
    static final GreenMailExtension mailbox = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(IMAP, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
            new ServerSetup(POP3, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Issues issues;
    @Autowired
    Programme programme;
    @Autowired
    DeliveryEngine engine;
    @Autowired
    BounceProcessor processor;
    @Autowired
    BounceEvents bounces;
    @Autowired
    ReturnPaths returnPaths;
    @Autowired
    Suppressions suppressions;
    @Autowired
    UnsubscribeLinks links;

    NewsletterFixture fixture;
    ScriptedSmtpServer relay;
    Courier courier;

    @BeforeEach
    void deliverThroughARelay() throws Exception {
        NewsletterFixture.cancelOthersInFlight(jdbc);
        fixture = new NewsletterFixture(jdbc, issues, programme);
        relay = new ScriptedSmtpServer();
        courier = new SmtpCourier(new SmtpRelay("127.0.0.1", relay.port(), null, null, "smtp", new Properties(),
                "no-reply@cybersudoe.eu"), java.time.Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        courier.close();
        relay.close();
    }

    /** Launches an issue to the fixture's contacts and sends every copy. */
    long sentIssue() {
        long issueId = fixture.launched(List.of(Language.FR, Language.EN));
        while (engine.workOnce(courier) > 0) {
            // until every copy is sent
        }
        return issueId;
    }

    long sendId(long issueId, String local) {
        return Long.parseLong(fixture.column(issueId, local, "cast(id as varchar(20))"));
    }

    /** The placeholders of the copy of the issue sent to {@code local}. */
    Map<String, String> copy(long issueId, String local) {
        return BounceFixtures.copy(returnPaths.of(sendId(issueId, local)), fixture.email(local),
                fixture.column(issueId, local, "message_id"));
    }

    BounceProcessor.Result process(String name, Map<String, String> values) throws Exception {
        return processor.process(BounceFixtures.message(name, values));
    }

    @Test
    void eachCopyLeavesWithItsOwnSignedReturnPath() {
        fixture.company("FR", "anne", "Anne", "fr", true);
        fixture.company("ES", "pablo", "Pablo", "es", true);
        long issueId = sentIssue();

        String anne = returnPaths.of(sendId(issueId, "anne"));
        String pablo = returnPaths.of(sendId(issueId, "pablo"));
        assertThat(relay.senders()).containsExactlyInAnyOrder(anne, pablo);
        assertThat(anne).matches("bounces\\+\\d+-[0-9a-f]{10}@cybersudoe\\.eu");
        assertThat(returnPaths.sendOf(anne)).hasValue(sendId(issueId, "anne"));
        assertThat(returnPaths.sendOf(anne.toUpperCase())).hasValue(sendId(issueId, "anne"));
    }

    @Test
    void aHardBounceSuppressesTheAddressOnceAndTheCopyStaysDelivered() throws Exception {
        fixture.company("FR", "gone", "Gone", "fr", true);
        long issueId = sentIssue();
        MimeMessage bounce = BounceFixtures.message("postfix-hard", copy(issueId, "gone"));

        assertThat(processor.process(bounce)).isEqualTo(BounceProcessor.Result.RECORDED);
        assertThat(processor.process(bounce)).isEqualTo(BounceProcessor.Result.ALREADY_RECORDED);

        assertThat(suppressions.reason(fixture.email("gone"))).contains(Suppressions.Reason.HARD_BOUNCE);
        assertThat(fixture.state(issueId, "gone")).isEqualTo("DELIVERED");
        assertThat(bounces.counts(issueId)).containsEntry(BounceKind.HARD, 1L).containsEntry(BounceKind.SOFT, 0L);
        List<BounceEvents.Row> rows = bounces.page(issueId, Optional.empty(), 0, 10);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.email()).isEqualTo(fixture.email("gone"));
            assertThat(row.status()).isEqualTo("5.1.1");
            assertThat(row.diagnostic()).contains("User unknown");
        });
        assertThat(bounces.suppressed(issueId, Optional.empty()))
                .extracting(BounceEvents.Suppressed::email).containsExactly(fixture.email("gone"));
    }

    @Test
    void withoutItsReturnPathABounceIsMatchedByTheMessageIdOfTheCopyItQuotes() throws Exception {
        fixture.company("FR", "quoted", "Quoted", "fr", true);
        long issueId = sentIssue();
        Map<String, String> values = new HashMap<>(copy(issueId, "quoted"));
        values.put("RETURN_PATH", "bounces@cybersudoe.eu");

        assertThat(process("exchange-hard", values)).isEqualTo(BounceProcessor.Result.RECORDED);

        assertThat(suppressions.reason(fixture.email("quoted"))).contains(Suppressions.Reason.HARD_BOUNCE);
        assertThat(bounces.counts(issueId)).containsEntry(BounceKind.HARD, 1L);
    }

    @Test
    void aTamperedReturnPathNamesNoCopyAndSuppressesNothing() throws Exception {
        fixture.company("FR", "victim", "Victim", "fr", true);
        long issueId = sentIssue();
        String genuine = returnPaths.of(sendId(issueId, "victim"));
        int at = genuine.indexOf('@');
        String tampered = genuine.substring(0, at - 1) + (genuine.charAt(at - 1) == '0' ? '1' : '0') + genuine.substring(at);
        assertThat(tampered).isNotEqualTo(genuine);
        assertThat(returnPaths.sendOf(tampered)).isEmpty();

        Map<String, String> values = BounceFixtures.copy(tampered, fixture.email("victim"), "<forged@example.org>");
        assertThat(process("postfix-hard", values)).isEqualTo(BounceProcessor.Result.RECORDED);

        assertThat(suppressions.reason(fixture.email("victim"))).isEmpty();
        assertThat(bounces.counts(issueId)).containsEntry(BounceKind.HARD, 0L);
    }

    @Test
    void aComplaintSuppressesTheAddress() throws Exception {
        fixture.company("FR", "angry", "Angry", "fr", true);
        long issueId = sentIssue();

        assertThat(process("arf-complaint", copy(issueId, "angry"))).isEqualTo(BounceProcessor.Result.RECORDED);

        assertThat(suppressions.reason(fixture.email("angry"))).contains(Suppressions.Reason.COMPLAINT);
        assertThat(bounces.counts(issueId)).containsEntry(BounceKind.COMPLAINT, 1L);
    }

    @Test
    void anOutOfOfficeReplyIsIgnoredAndAReplyNotUnderstoodIsOnlyCounted() throws Exception {
        fixture.company("ES", "away", "Away", "es", true);
        long issueId = sentIssue();

        assertThat(process("out-of-office", copy(issueId, "away"))).isEqualTo(BounceProcessor.Result.IGNORED);
        assertThat(process("unrecognised", copy(issueId, "away"))).isEqualTo(BounceProcessor.Result.RECORDED);

        assertThat(suppressions.reason(fixture.email("away"))).isEmpty();
        assertThat(bounces.counts(issueId)).containsEntry(BounceKind.UNRECOGNISED, 1L).containsEntry(BounceKind.HARD, 0L)
                .containsEntry(BounceKind.SOFT, 0L);
    }

    @Test
    void softBouncesSuppressTheAddressOnlyInThreeDistinctIssues() throws Exception {
        fixture.company("PT", "full", "Full", "pt", true);
        long first = sentIssue();
        long second = sentIssue();
        long third = sentIssue();

        process("exim-mailbox-full", copy(first, "full"));
        process("postfix-delayed", copy(first, "full"));
        process("postfix-delayed", copy(second, "full"));
        assertThat(suppressions.reason(fixture.email("full"))).isEmpty();
        assertThat(bounces.softBouncedIssues(fixture.email("full"), Instant.now().minus(Duration.ofDays(1)))).isEqualTo(2);

        process("exim-mailbox-full", copy(third, "full"));

        assertThat(suppressions.reason(fixture.email("full"))).contains(Suppressions.Reason.SOFT_BOUNCES);
        assertThat(bounces.counts(first)).containsEntry(BounceKind.SOFT, 2L);
        assertThat(bounces.suppressed(third, Optional.empty())).extracting(BounceEvents.Suppressed::reason)
                .containsExactly(Suppressions.Reason.SOFT_BOUNCES);
    }

    @Test
    void aMessageToTheUnsubscribeAddressStopsTheNewsletter() throws Exception {
        fixture.company("FR", "leaving", "Leaving", "fr", true);
        long issueId = sentIssue();
        Map<String, String> values = new HashMap<>(copy(issueId, "leaving"));
        values.put("UNSUBSCRIBE", returnPaths.unsubscribeAddress(links.token(issueId, fixture.email("leaving"))));

        assertThat(process("unsubscribe", values)).isEqualTo(BounceProcessor.Result.UNSUBSCRIBED);

        assertThat(suppressions.reason(fixture.email("leaving"))).contains(Suppressions.Reason.UNSUBSCRIBED);
        values.put("UNSUBSCRIBE", returnPaths.unsubscribeAddress("forged.token"));
        assertThat(process("unsubscribe", values)).isEqualTo(BounceProcessor.Result.IGNORED);
    }

    @Test
    void theCompactUnsubscribeAddressNamesItsCopyAndFitsInALocalPart() throws Exception {
        fixture.company("FR", "a.rather.long.first.and.last.name.for.the.limit", "Long", "fr", true);
        fixture.company("FR", "stays", "Stays", "fr", true);
        long issueId = sentIssue();
        String leaving = fixture.email("a.rather.long.first.and.last.name.for.the.limit");
        String address = returnPaths.unsubscribeAddress(sendId(issueId, "a.rather.long.first.and.last.name.for.the.limit"));
        assertThat(address.substring(0, address.indexOf('@')).length()).isLessThanOrEqualTo(64);
        Map<String, String> values = new HashMap<>(copy(issueId, "stays"));
        values.put("UNSUBSCRIBE", address);

        assertThat(process("unsubscribe", values)).isEqualTo(BounceProcessor.Result.UNSUBSCRIBED);

        assertThat(suppressions.reason(leaving)).contains(Suppressions.Reason.UNSUBSCRIBED);
        assertThat(suppressions.reason(fixture.email("stays"))).isEmpty();
        String returnPath = returnPaths.of(sendId(issueId, "stays"));
        values.put("UNSUBSCRIBE", "unsubscribe+" + returnPath.substring("bounces+".length()));
        assertThat(process("unsubscribe", values)).as("a return path's signature does not unsubscribe")
                .isEqualTo(BounceProcessor.Result.IGNORED);
        assertThat(suppressions.reason(fixture.email("stays"))).isEmpty();
    }

    @Test
    void theMailboxIsReadOverImapAndTheMessagesMovedOnceRecorded() throws Exception {
        fixture.company("FR", "imap1", "One", "fr", true);
        fixture.company("FR", "imap2", "Two", "fr", true);
        long issueId = sentIssue();
        GreenMailUser user = mailbox.setUser("bounces@cybersudoe.eu", "imap-reader", "secret");
        MimeMessage hard = BounceFixtures.message("gmail-hard", copy(issueId, "imap1"));
        user.deliver(hard);
        user.deliver(BounceFixtures.message("out-of-office", copy(issueId, "imap2")));
        user.deliver(hard);

        Map<BounceProcessor.Result, Integer> results = mailboxReader("imap", IMAP, "imap-reader",
                BounceSettings.Afterwards.MOVE).poll();

        assertThat(results).containsEntry(BounceProcessor.Result.RECORDED, 1)
                .containsEntry(BounceProcessor.Result.IGNORED, 1).containsEntry(BounceProcessor.Result.ALREADY_RECORDED, 1);
        assertThat(bounces.counts(issueId)).containsEntry(BounceKind.HARD, 1L);
        assertThat(suppressions.reason(fixture.email("imap1"))).contains(Suppressions.Reason.HARD_BOUNCE);
        assertThat(count("INBOX", "imap-reader")).isZero();
        assertThat(count("Processed", "imap-reader")).isEqualTo(3);
    }

    @Test
    void theMailboxIsReadOverPop3AndTheMessagesDeletedOnceRecorded() throws Exception {
        fixture.company("FR", "pop", "Pop", "fr", true);
        long issueId = sentIssue();
        GreenMailUser user = mailbox.setUser("bounces-pop@cybersudoe.eu", "pop-reader", "secret");
        user.deliver(BounceFixtures.message("arf-complaint", copy(issueId, "pop")));

        Map<BounceProcessor.Result, Integer> results = mailboxReader("pop3", POP3, "pop-reader",
                BounceSettings.Afterwards.DELETE).poll();

        assertThat(results).containsExactly(Map.entry(BounceProcessor.Result.RECORDED, 1));
        assertThat(suppressions.reason(fixture.email("pop"))).contains(Suppressions.Reason.COMPLAINT);
        assertThat(count("INBOX", "pop-reader")).isZero();
    }

    BounceMailbox mailboxReader(String protocol, int port, String user, BounceSettings.Afterwards afterwards) {
        BounceSettings settings = new BounceSettings("bounces", "unsubscribe", "", true, protocol, "127.0.0.1", port, user,
                "secret", "INBOX", false, Duration.ofMinutes(5), afterwards, "Processed", 3, Duration.ofDays(90));
        return new BounceMailbox(processor, settings);
    }

    int count(String folderName, String user) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", IMAP, user, "secret");
        try {
            Folder folder = store.getFolder(folderName);
            return folder.exists() ? folder.getMessageCount() : 0;
        } finally {
            store.close();
        }
    }
}

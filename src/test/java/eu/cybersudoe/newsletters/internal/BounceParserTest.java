package eu.cybersudoe.newsletters.internal;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the parser reads in bounces written like those of Postfix, Exchange Online, Gmail, Exim and qmail. */
class BounceParserTest {

    static final String RETURN_PATH = "bounces+4242-0123456789@cybersudoe.eu";
    static final String RECIPIENT = "ana.lopez@example.net";
    static final String MESSAGE_ID = "<nl.4242.9f3a2b@cybersudoe.eu>";

    static BounceParser.Reading read(String fixture) throws Exception {
        MimeMessage message = BounceFixtures.message(fixture, BounceFixtures.copy(RETURN_PATH, RECIPIENT, MESSAGE_ID));
        return BounceParser.read(message);
    }

    @Test
    void aPostfixUnknownUserIsAHardBounceAboutTheQuotedCopy() throws Exception {
        BounceParser.Reading reading = read("postfix-hard");
        assertThat(reading.kind()).isEqualTo(BounceKind.HARD);
        assertThat(reading.status()).isEqualTo("5.1.1");
        assertThat(reading.diagnostic()).startsWith("550 5.1.1").contains("User unknown in virtual mailbox table");
        assertThat(reading.recipient()).isEqualTo(RECIPIENT);
        assertThat(reading.originalMessageId()).isEqualTo(MESSAGE_ID);
        assertThat(reading.addressedTo()).contains(RETURN_PATH);
    }

    @Test
    void anExchangeOnlineRecipientNotFoundIsAHardBounce() throws Exception {
        BounceParser.Reading reading = read("exchange-hard");
        assertThat(reading.kind()).isEqualTo(BounceKind.HARD);
        assertThat(reading.status()).isEqualTo("5.1.10");
        assertThat(reading.diagnostic()).contains("RESOLVER.ADR.RecipientNotFound");
        assertThat(reading.recipient()).isEqualTo(RECIPIENT);
        assertThat(reading.originalMessageId()).isEqualTo(MESSAGE_ID);
    }

    @Test
    void aGmailAddressNotFoundIsAHardBounceQuotingOnlyTheHeaders() throws Exception {
        BounceParser.Reading reading = read("gmail-hard");
        assertThat(reading.kind()).isEqualTo(BounceKind.HARD);
        assertThat(reading.status()).isEqualTo("5.1.1");
        assertThat(reading.diagnostic()).contains("does not exist");
        assertThat(reading.originalMessageId()).isEqualTo(MESSAGE_ID);
        assertThat(reading.addressedTo()).contains(RETURN_PATH);
    }

    @Test
    void anEximFullMailboxIsASoftBounceDespiteItsPermanentCode() throws Exception {
        BounceParser.Reading reading = read("exim-mailbox-full");
        assertThat(reading.kind()).isEqualTo(BounceKind.SOFT);
        assertThat(reading.status()).isEqualTo("5.2.2");
        assertThat(reading.diagnostic()).contains("mailbox is full");
        assertThat(reading.addressedTo()).contains(RETURN_PATH);
    }

    @Test
    void aPostfixDelayWarningIsASoftBounce() throws Exception {
        BounceParser.Reading reading = read("postfix-delayed");
        assertThat(reading.kind()).isEqualTo(BounceKind.SOFT);
        assertThat(reading.status()).isEqualTo("4.4.1");
        assertThat(reading.diagnostic()).contains("Connection timed out");
    }

    @Test
    void aFeedbackReportOfAbuseIsAComplaint() throws Exception {
        BounceParser.Reading reading = read("arf-complaint");
        assertThat(reading.kind()).isEqualTo(BounceKind.COMPLAINT);
        assertThat(reading.recipient()).isEqualTo(RECIPIENT);
        assertThat(reading.originalMessageId()).isEqualTo(MESSAGE_ID);
        assertThat(reading.diagnostic()).isEqualTo("feedback-type: abuse");
    }

    @Test
    void anOutOfOfficeReplyIsIgnored() throws Exception {
        assertThat(read("out-of-office").kind()).isEqualTo(BounceKind.IGNORED);
    }

    @Test
    void aPersonsReplyIsNotUnderstood() throws Exception {
        BounceParser.Reading reading = read("unrecognised");
        assertThat(reading.kind()).isEqualTo(BounceKind.UNRECOGNISED);
        assertThat(reading.diagnostic()).contains("Re: Boletim CyberSudoe");
    }

    @Test
    void aPlainTextBounceIsClassifiedByItsStatusCode() throws Exception {
        BounceParser.Reading reading = read("qmail-text");
        assertThat(reading.kind()).isEqualTo(BounceKind.HARD);
        assertThat(reading.status()).isEqualTo("5.1.1");
        assertThat(reading.originalMessageId()).isEqualTo(MESSAGE_ID);
    }

    @Test
    void policyRefusalsDelaysAndSuccessesAreNotHardBounces() {
        assertThat(BounceParser.classify("failed", "5.7.1")).isEqualTo(BounceKind.SOFT);
        assertThat(BounceParser.classify("failed", "4.4.7")).isEqualTo(BounceKind.SOFT);
        assertThat(BounceParser.classify("delayed", null)).isEqualTo(BounceKind.SOFT);
        assertThat(BounceParser.classify("delivered", "2.0.0")).isEqualTo(BounceKind.IGNORED);
        assertThat(BounceParser.classify("failed", null)).isEqualTo(BounceKind.HARD);
        assertThat(BounceParser.classify("failed", "5.4.4")).isEqualTo(BounceKind.HARD);
    }
}

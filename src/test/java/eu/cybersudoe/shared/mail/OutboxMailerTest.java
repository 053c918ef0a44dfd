package eu.cybersudoe.shared.mail;

import eu.cybersudoe.shared.Language;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxMailerTest {

    static final OutgoingMail CONFIRMATION = OutgoingMail.of("joao@example.pt", "Confirmação da sua conta",
                    "Olá João,\n\nconfirme a sua conta: https://cybersudoe.eu/pt/confirmar?t=abc\n", Language.PT, "account.confirmation")
            .withToName("João Conceição")
            .withHtml("<p>Olá João, <a href=\"https://cybersudoe.eu/pt/confirmar?t=abc\">confirme a sua conta</a>.</p>")
            .withReplyTo("apoio@cybersudoe.eu");

    @TempDir
    Path dataDir;

    final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-26T09:00:00Z"));

    OutboxFolder outbox() {
        return new OutboxFolder(dataDir.resolve("outbox"));
    }

    OutboxMailer mailer() {
        return new OutboxMailer(new MailComposer(new MailSettings(MailSettings.DEFAULT_FROM), clock), outbox(), clock);
    }

    @Test
    void aSentMailIsReadBackFromTheOutbox() {
        mailer().send(CONFIRMATION);

        OutboxPage page = outbox().list(1, 20);
        assertThat(page.total()).isEqualTo(1);
        OutboxEntry entry = page.entries().getFirst();
        assertThat(entry.subject()).isEqualTo("Confirmação da sua conta");
        assertThat(entry.to()).isEqualTo("João Conceição <joao@example.pt>");
        assertThat(entry.category()).isEqualTo("account.confirmation");
        assertThat(entry.date()).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));

        OutboxMessage message = outbox().find(entry.id()).orElseThrow();
        assertThat(message.subject()).isEqualTo("Confirmação da sua conta");
        assertThat(message.to()).isEqualTo("João Conceição <joao@example.pt>");
        assertThat(message.from()).isEqualTo("CyberSudoe <no-reply@cybersudoe.eu>");
        assertThat(message.replyTo()).isEqualTo("apoio@cybersudoe.eu");
        assertThat(message.language()).isEqualTo("pt");
        assertThat(message.category()).isEqualTo("account.confirmation");
        assertThat(message.messageId()).matches("<[0-9a-f-]{36}@cybersudoe\\.eu>");
        assertThat(message.text()).contains("Olá João,").contains("confirme a sua conta");
        assertThat(message.html()).isEqualTo(CONFIRMATION.html());
        assertThat(message.hasHtml()).isTrue();
        assertThat(message.attachments()).isEmpty();
        assertThat(message.headers()).contains(new OutboxMessage.Header("Subject", "Confirmação da sua conta"),
                new OutboxMessage.Header("Auto-Submitted", "auto-generated"));
    }

    @Test
    void writesAStandardMimeMessage() throws Exception {
        mailer().send(CONFIRMATION.withAttachment(new OutgoingMail.Attachment("relatório.pdf", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))));

        Path file;
        try (Stream<Path> files = Files.list(dataDir.resolve("outbox"))) {
            file = files.filter(p -> p.toString().endsWith(".eml")).findFirst().orElseThrow();
        }
        String raw = Files.readString(file, StandardCharsets.US_ASCII);
        assertThat(raw).doesNotContain("Confirmação").contains("Subject: =?UTF-8?");
        assertThat(raw).contains("Message-ID: <", "Date: ", "X-CyberSudoe-Category: account.confirmation",
                "multipart/mixed", "multipart/alternative", "text/plain; charset=UTF-8", "text/html; charset=UTF-8");
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(parsed.getSubject()).isEqualTo("Confirmação da sua conta");
            assertThat(parsed.getMessageID()).isNotBlank();
        }
        OutboxMessage message = outbox().find(file.getFileName().toString().replace(".eml", "")).orElseThrow();
        assertThat(message.attachments()).containsExactly("relatório.pdf");
        assertThat(message.text()).contains("Olá João");
        assertThat(message.html()).contains("<a href=");
    }

    @Test
    void aTextOnlyMessageHasNoHtml() {
        mailer().send(OutgoingMail.of("ana@example.es", "Recordatorio", "Mañana a las 10:00.", Language.ES, "conference.reminder"));

        OutboxMessage message = outbox().find(outbox().list(1, 1).entries().getFirst().id()).orElseThrow();
        assertThat(message.text()).isEqualTo("Mañana a las 10:00.");
        assertThat(message.hasHtml()).isFalse();
        assertThat(message.replyTo()).isEmpty();
    }

    @Test
    void listsNewestFirstAPageAtATime() {
        for (int i = 1; i <= 5; i++) {
            mailer().send(OutgoingMail.of("n" + i + "@example.fr", "Message " + i, "Texte " + i, Language.FR, "test"));
        }

        OutboxPage first = outbox().list(1, 2);
        assertThat(first.entries()).extracting(OutboxEntry::subject).containsExactly("Message 5", "Message 4");
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        OutboxPage last = outbox().list(3, 2);
        assertThat(last.entries()).extracting(OutboxEntry::subject).containsExactly("Message 1");
        assertThat(last.hasNext()).isFalse();
        assertThat(outbox().list(4, 2).entries()).isEmpty();
        assertThatThrownBy(() -> outbox().list(0, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyOrMissingOutboxListsNothing() {
        assertThat(outbox().list(1, 20)).isEqualTo(new OutboxPage(List.of(), 1, 20, 0));
        assertThat(outbox().list(1, 20).pages()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret", "/etc/passwd", "..", "20261126T090000000Z-0123456789abcdef0123456789abcdef/../../secret",
            "20261126T090000000Z-0123456789abcdef0123456789abcdef.eml", "20261126T090000000Z-0123456789ABCDEF0123456789ABCDEF", ""})
    void findsNothingForStringsThatAreNotIds(String id) throws Exception {
        Files.createDirectories(dataDir.resolve("outbox"));
        Files.writeString(dataDir.resolve("secret.eml"), "Subject: secret\r\n\r\nsecret");

        assertThat(outbox().find(id)).isEmpty();
        assertThat(outbox().find(null)).isEmpty();
    }

    @Test
    void ignoresFilesThatAreNotMessages() throws Exception {
        mailer().send(CONFIRMATION);
        Files.writeString(dataDir.resolve("outbox/notes.txt"), "x");
        Files.writeString(dataDir.resolve("outbox/.writing-123.part"), "Subject: half");

        assertThat(outbox().list(1, 20).total()).isEqualTo(1);
    }

    @Test
    void refusesIncompleteMail() {
        assertThatThrownBy(() -> OutgoingMail.of(" ", "s", "t", Language.EN, "c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutgoingMail.of("a@example.org", "s", "t", Language.EN, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutgoingMail.of("a@example.org", "s", "t", null, "c")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> OutgoingMail.of("a@example.org", "s", "t", Language.EN, "x\r\nBcc: b@example.org"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headersStayOnOneLine() {
        mailer().send(OutgoingMail.of("a@example.org", "Hello\r\nBcc: intruder@example.org", "t", Language.EN, "test")
                .withToName("Ana\r\nCc: intruder@example.org"));

        OutboxMessage message = outbox().find(outbox().list(1, 1).entries().getFirst().id()).orElseThrow();
        assertThat(message.subject()).isEqualTo("Hello Bcc: intruder@example.org");
        assertThat(message.to()).isEqualTo("Ana Cc: intruder@example.org <a@example.org>");
        assertThat(message.headers()).extracting(OutboxMessage.Header::name).doesNotContain("Bcc", "Cc");
    }

    /** A clock that moves one minute each time it is read. */
    static final class SteppingClock extends Clock {
        private Instant next;

        SteppingClock(Instant start) {
            this.next = start;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plus(Duration.ofMinutes(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

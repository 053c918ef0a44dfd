package eu.cybersudoe.shared.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import eu.cybersudoe.shared.Language;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sends through GreenMail, a real SMTP server inside the test JVM. */
class SmtpMailerTest {

    static final int PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    SmtpMailer mailer;

    SmtpMailer mailer(int port, Duration idleCheck) {
        JavaMailSenderImpl relay = new JavaMailSenderImpl();
        relay.setHost("127.0.0.1");
        relay.setPort(port);
        relay.setUsername("");
        relay.setPassword("");
        mailer = new SmtpMailer(relay, new MailComposer(new MailSettings(MailSettings.DEFAULT_FROM), Clock.systemUTC()), idleCheck);
        return mailer;
    }

    @AfterEach
    void close() {
        if (mailer != null) {
            mailer.destroy();
        }
    }

    static OutgoingMail mail(int i) {
        return OutgoingMail.of("destinataire" + i + "@example.fr", "Confirmação n.º " + i, "Olá, mensagem " + i, Language.PT,
                "account.confirmation").withHtml("<p>Mensagem " + i + "</p>");
    }

    @Test
    void sendsSeveralMessagesOverOneConnection() throws Exception {
        SmtpMailer mailer = mailer(PORT, SmtpMailer.IDLE_CHECK);

        for (int i = 1; i <= 3; i++) {
            mailer.send(mail(i));
            assertThat(mailer.holdsConnection()).isTrue();
        }

        assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Confirmação n.º 1", "Confirmação n.º 2", "Confirmação n.º 3");
        for (MimeMessage message : received) {
            assertThat(message.getMessageID()).matches("<[0-9a-f-]{36}@cybersudoe\\.eu>");
            assertThat(message.getHeader(MailComposer.CATEGORY_HEADER, null)).isEqualTo("account.confirmation");
        }
        assertThat(received[0].getAllRecipients()[0].toString()).startsWith("destinataire");
        assertThat(mailer.connections()).isEqualTo(1);
    }

    @Test
    void checksAnIdleConnectionBeforeUsingIt() throws Exception {
        SmtpMailer mailer = mailer(PORT, Duration.ZERO);

        mailer.send(mail(1));
        mailer.send(mail(2));

        assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
        assertThat(mailer.connections()).isEqualTo(1);
    }

    @Test
    void reconnectsWhenTheRelayClosedTheConnection() throws Exception {
        SmtpMailer mailer = mailer(PORT, SmtpMailer.IDLE_CHECK);
        mailer.send(mail(1));
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();

        greenMail.reset();
        mailer.send(mail(2));

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Confirmação n.º 2");
        assertThat(mailer.connections()).isEqualTo(2);
    }

    @Test
    void saysWhenNoRelayAnswers() {
        SmtpMailer mailer = mailer(freePort(), SmtpMailer.IDLE_CHECK);

        assertThatThrownBy(() -> mailer.send(mail(1))).isInstanceOf(MailSendException.class);
        assertThat(mailer.holdsConnection()).isFalse();
    }

    @Test
    void socketsHaveNoDelay() throws IOException {
        NoDelaySocketFactory factory = new NoDelaySocketFactory();
        try (Socket unconnected = factory.createSocket(); Socket connected = factory.createSocket("127.0.0.1", PORT)) {
            assertThat(unconnected.getTcpNoDelay()).isTrue();
            assertThat(connected.getTcpNoDelay()).isTrue();
        }
        assertThat(factory.created()).isEqualTo(2);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package eu.cybersudoe.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.cybersudoe.shared.events.EventPublications;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An SMTP relay (GreenMail) on a port of its own that a test starts late: until then nothing
 * listens there and every message the platform hands over is refused, as with a relay outage.
 * The application under test is pointed at it with {@link #register}.
 */
public final class Relay implements AutoCloseable {

    private final int port = freePort();
    private GreenMail server;

    /** Points the platform's mailer at this relay and leaves the failed publications to the test. */
    public void register(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> port);
        properties.add("cybersudoe.events.retries", () -> "false");
    }

    /** The relay answers from now on. */
    public void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The subjects of the messages the relay took for the address. */
    public List<String> subjectsTo(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> to(m, address)).map(Relay::subject).toList();
    }

    /** The incomplete publication of the listener (class and method, e.g. {@code MissionMails.on}) published since then, if any. */
    public static Optional<EventPublications.Pending> pending(EventPublications publications, String listener, Instant since) {
        return publications.oldest(1_000).stream()
                .filter(p -> p.listener().equals(listener) && !p.publishedAt().isBefore(since)).findFirst();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

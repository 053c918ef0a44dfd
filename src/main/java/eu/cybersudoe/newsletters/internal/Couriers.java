package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.mail.MailSettings;
import eu.cybersudoe.shared.mail.Mailer;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes the couriers of the delivery workers: SMTP couriers when {@code spring.mail.host} names
 * a relay (production), outbox couriers otherwise (the embedded default). Also gives each
 * message its Message-ID, in the sender's domain.
 */
@Component
public class Couriers {

    private final Mailer mailer;
    private final Clock clock;
    private final InternetAddress from;
    private final String domain;
    private final SmtpRelay relay;
    private final ReturnPaths returnPaths;

    Couriers(Mailer mailer, Clock clock, MailSettings mail, Environment environment,
             @Value("${spring.mail.host:false}") String host, ReturnPaths returnPaths) {
        this.mailer = mailer;
        this.returnPaths = returnPaths;
        this.clock = clock;
        try {
            this.from = new InternetAddress(mail.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("cybersudoe.mail.from is not an address: " + mail.from(), e);
        }
        this.domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        this.relay = relayConfigured(host) ? relay(environment, host) : null;
    }

    private SmtpRelay relay(Environment environment, String host) {
        Properties properties = new Properties();
        for (String name : new String[] {"starttls.enable", "starttls.required", "auth", "ssl.enable"}) {
            String value = environment.getProperty("spring.mail.properties[mail.smtp." + name + "]");
            if (value != null) {
                properties.setProperty("mail.smtp." + name, value);
            }
        }
        return new SmtpRelay(host.strip(), environment.getProperty("spring.mail.port", Integer.class, 25),
                environment.getProperty("spring.mail.username"), environment.getProperty("spring.mail.password"),
                environment.getProperty("spring.mail.protocol", "smtp"), properties, from.getAddress());
    }

    static boolean relayConfigured(String host) {
        return host != null && !host.isBlank() && !"false".equalsIgnoreCase(host.strip());
    }

    /** A new courier for one worker. */
    Courier courier() {
        return relay == null ? new OutboxCourier(mailer) : new SmtpCourier(relay, clock);
    }

    /** Whether messages go to an SMTP relay rather than the outbox. */
    public boolean smtp() {
        return relay != null;
    }

    /** The sender of every issue. */
    InternetAddress from() {
        return from;
    }

    /** The envelope sender of a send record's copy, naming it for the bounces. */
    String returnPath(long sendId) {
        return returnPaths.of(sendId);
    }

    /** The address a message unsubscribes a send record's recipient at (the {@code mailto:} of {@code List-Unsubscribe}). */
    String unsubscribeAddress(long sendId) {
        return returnPaths.unsubscribeAddress(sendId);
    }

    /** A new, unique Message-ID for a send record. */
    String messageId(long sendId) {
        return "<nl." + sendId + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + "@" + domain + ">";
    }
}

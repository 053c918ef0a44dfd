package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.mail.NoDelaySocketFactory;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.util.Properties;

/**
 * Where the SMTP couriers connect: the relay of {@code spring.mail.*}, with the envelope sender,
 * timeouts and sockets with TCP_NODELAY (without it, the short commands of each message wait
 * for delayed acknowledgements and a connection manages a few tens of messages a second).
 */
final class SmtpRelay {

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String protocol;
    private final Properties properties;
    private final NoDelaySocketFactory sockets = new NoDelaySocketFactory();

    SmtpRelay(String host, int port, String username, String password, String protocol, Properties configured,
              String envelopeSender) {
        this.host = host;
        this.port = port;
        this.username = username == null || username.isEmpty() ? null : username;
        this.password = this.username == null ? null : password;
        this.protocol = protocol == null ? "smtp" : protocol;
        String prefix = "mail." + this.protocol + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "connectiontimeout", "10000");
        properties.setProperty(prefix + "timeout", "30000");
        properties.setProperty(prefix + "quitwait", "false");
        properties.putAll(configured);
        properties.setProperty(prefix + "from", envelopeSender);
        properties.put(prefix + "socketFactory", sockets);
        this.properties = properties;
    }

    /** A new mail session; each courier has its own, so that they do not share its synchronised properties. */
    Session newSession() {
        return Session.getInstance(properties);
    }

    String protocol() {
        return protocol;
    }

    void connect(Transport transport) throws MessagingException {
        transport.connect(host, port, username, password);
    }

    /**
     * Whether the connection is a plain socket of this relay's factory carrying the SMTP
     * dialogue as it is: no TLS (implicit or STARTTLS) and no BDAT chunking.
     */
    boolean plain() {
        return "smtp".equals(protocol) && !"true".equalsIgnoreCase(properties.getProperty("mail.smtp.starttls.enable"))
                && !"true".equalsIgnoreCase(properties.getProperty("mail.smtp.ssl.enable"))
                && properties.getProperty("mail.smtp.chunksize") == null;
    }

    /** The socket the calling thread's last connection runs on. */
    java.net.Socket lastSocket() {
        return sockets.lastOnThisThread();
    }

    /** How many connections were opened so far. */
    int connectionsOpened() {
        return sockets.created();
    }
}

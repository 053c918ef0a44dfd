package eu.cybersudoe.newsletters.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The return paths of the copies and the bounce mailbox, under {@code cybersudoe.newsletters.bounces}.
 *
 * @param localPart            the local part of every copy's envelope sender, before {@code +}
 * @param unsubscribeLocalPart the local part of the {@code mailto:} unsubscribe address, before {@code +}
 * @param domain               the domain of both; empty: the domain of {@code cybersudoe.mail.from}
 * @param enabled              whether this node reads the bounce mailbox (one node is enough)
 * @param protocol             {@code imap} or {@code pop3}
 * @param host                 the mailbox's server
 * @param port                 its port; 0: the protocol's own (993 or 995 with TLS, 143 or 110 without)
 * @param user                 the mailbox's user
 * @param password             its password
 * @param folder               the folder read (POP3 has only {@code INBOX})
 * @param tls                  whether the connection is TLS from the start (IMAPS, POP3S)
 * @param pollInterval         how often the mailbox is read
 * @param afterwards           what becomes of a message once recorded: deleted or moved (IMAP only)
 * @param processedFolder      where messages are moved
 * @param softLimit            soft bounces of one address, in distinct issues, that suppress it
 * @param softWindow           how far back those soft bounces are counted
 */
@ConfigurationProperties("cybersudoe.newsletters.bounces")
public record BounceSettings(@DefaultValue("bounces") String localPart,
                             @DefaultValue("unsubscribe") String unsubscribeLocalPart,
                             @DefaultValue("") String domain,
                             @DefaultValue("false") boolean enabled,
                             @DefaultValue("imap") String protocol,
                             @DefaultValue("") String host,
                             @DefaultValue("0") int port,
                             @DefaultValue("") String user,
                             @DefaultValue("") String password,
                             @DefaultValue("INBOX") String folder,
                             @DefaultValue("true") boolean tls,
                             @DefaultValue("5m") Duration pollInterval,
                             @DefaultValue("DELETE") Afterwards afterwards,
                             @DefaultValue("Processed") String processedFolder,
                             @DefaultValue("3") int softLimit,
                             @DefaultValue("90d") Duration softWindow) {

    /** What becomes of a message once recorded. */
    public enum Afterwards { DELETE, MOVE }

    public BounceSettings {
        if (!"imap".equals(protocol) && !"pop3".equals(protocol)) {
            throw new IllegalArgumentException("cybersudoe.newsletters.bounces.protocol must be imap or pop3");
        }
        if (softLimit < 1) {
            throw new IllegalArgumentException("cybersudoe.newsletters.bounces.soft-limit must be at least 1");
        }
        if (localPart.isBlank() || unsubscribeLocalPart.isBlank() || localPart.equalsIgnoreCase(unsubscribeLocalPart)) {
            throw new IllegalArgumentException("cybersudoe.newsletters.bounces: local-part and unsubscribe-local-part "
                    + "must be given and differ");
        }
    }

    /** The Jakarta Mail store protocol: {@code imaps} or {@code pop3s} with TLS. */
    String storeProtocol() {
        return tls ? protocol + "s" : protocol;
    }
}

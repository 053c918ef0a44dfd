package eu.cybersudoe.newsletters.internal;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the bounce mailbox (IMAP or POP3, with Jakarta Mail) and hands each message to the
 * {@link BounceProcessor}; a message is deleted, or moved to the processed folder (IMAP), only
 * once what it says is committed, so a stop in the middle of the mailbox loses nothing and, as
 * messages are recorded by their Message-ID, counts nothing twice. A message that cannot be read
 * stays in the mailbox and is tried again at the next poll.
 */
@Component
public class BounceMailbox {

    private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);

    private final BounceProcessor processor;
    private final BounceSettings settings;

    BounceMailbox(BounceProcessor processor, BounceSettings settings) {
        this.processor = processor;
        this.settings = settings;
    }

    /** Reads every message of the mailbox once; returns how many of each result. */
    public Map<BounceProcessor.Result, Integer> poll() throws MessagingException {
        Map<BounceProcessor.Result, Integer> results = new EnumMap<>(BounceProcessor.Result.class);
        Store store = Session.getInstance(properties()).getStore(settings.storeProtocol());
        store.connect(settings.host(), settings.port() > 0 ? settings.port() : -1, settings.user(), settings.password());
        try {
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            boolean expunge = false;
            try {
                Folder processed = moving() ? processedFolder(store) : null;
                for (Message message : folder.getMessages()) {
                    if (message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    BounceProcessor.Result result = process(message);
                    if (result != null) {
                        results.merge(result, 1, Integer::sum);
                        if (processed != null) {
                            folder.copyMessages(new Message[] {message}, processed);
                        }
                        message.setFlag(Flags.Flag.DELETED, true);
                        expunge = true;
                    }
                }
            } finally {
                folder.close(expunge);
            }
        } finally {
            store.close();
        }
        return results;
    }

    private BounceProcessor.Result process(Message message) {
        try {
            return processor.process((MimeMessage) message);
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            log.warn("Bounce mailbox: message {} could not be read; it stays in the mailbox", number(message), unreadable);
            return null;
        }
    }

    private boolean moving() {
        return settings.afterwards() == BounceSettings.Afterwards.MOVE && settings.protocol().equals("imap");
    }

    private Folder processedFolder(Store store) throws MessagingException {
        Folder processed = store.getFolder(settings.processedFolder());
        if (!processed.exists()) {
            processed.create(Folder.HOLDS_MESSAGES);
        }
        return processed;
    }

    private Properties properties() {
        String prefix = "mail." + settings.storeProtocol() + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "connectiontimeout", "10000");
        properties.setProperty(prefix + "timeout", "60000");
        if (settings.tls()) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    private static String number(Message message) {
        Folder folder = message.getFolder();
        try {
            if (folder instanceof UIDFolder uids) {
                return "uid " + uids.getUID(message);
            }
        } catch (MessagingException ignored) {
            // the number is enough
        }
        return "#" + message.getMessageNumber();
    }
}

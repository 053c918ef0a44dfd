package eu.cybersudoe.testing;

import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxEntry;
import eu.cybersudoe.shared.mail.OutboxMessage;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mails read back from the outbox, for tests of what leaves after a commit (on another thread). */
public final class OutboxMails {

    private OutboxMails() {
    }

    /** Waits for the count-th mail to the address and returns the latest one. */
    public static OutboxMessage await(Outbox outbox, String email, int count) throws InterruptedException {
        for (int tries = 0; tries < 100; tries++) {
            List<OutboxEntry> entries = outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream()
                    .filter(e -> e.to().contains(email)).toList();
            if (entries.size() >= count) {
                return outbox.find(entries.getFirst().id()).orElseThrow();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail number " + count + " to " + email);
    }

    /** The path and query of the link to {@code path} in the mail's text. */
    public static String linkIn(OutboxMessage mail, String path) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\S*)").matcher(mail.text());
        if (!link.find()) {
            throw new AssertionError("No link to " + path + " in " + mail.text());
        }
        return link.group(1);
    }
}

package eu.cybersudoe.newsletters.internal;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The messages of {@code src/test/resources/newsletters/bounces}, written after those of common
 * mail servers, with their placeholders filled: {@code {{RETURN_PATH}}} (the envelope sender of
 * the copy), {@code {{RECIPIENT}}}, {@code {{MESSAGE_ID}}} (of the copy), {@code {{UNSUBSCRIBE}}}
 * and {@code {{ID}}} (a new one each time, so that every message read is a new one).
 */
final class BounceFixtures {

    private BounceFixtures() {
    }

    static MimeMessage message(String name, Map<String, String> values) throws Exception {
        String text;
        try (InputStream in = BounceFixtures.class.getResourceAsStream("/newsletters/bounces/" + name + ".eml")) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("{{ID}}", UUID.randomUUID().toString());
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** The placeholders of a copy sent to {@code recipient}. */
    static Map<String, String> copy(String returnPath, String recipient, String messageId) {
        return Map.of("RETURN_PATH", returnPath, "RECIPIENT", recipient, "MESSAGE_ID", messageId);
    }
}

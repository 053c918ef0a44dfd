package eu.cybersudoe.shared.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's mail settings, under {@code cybersudoe.mail}.
 *
 * @param from the sender of every message, as a name and an address
 *             ({@code CyberSudoe <no-reply@cybersudoe.eu>}; environment variable {@code MAIL_FROM})
 */
@ConfigurationProperties("cybersudoe.mail")
public record MailSettings(@DefaultValue(MailSettings.DEFAULT_FROM) String from) {

    /** The sender when none is configured. */
    public static final String DEFAULT_FROM = "CyberSudoe <no-reply@cybersudoe.eu>";

    public MailSettings {
        if (from == null || from.isBlank()) {
            from = DEFAULT_FROM;
        }
    }
}

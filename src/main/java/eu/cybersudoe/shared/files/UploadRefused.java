package eu.cybersudoe.shared.files;

import java.util.List;
import java.util.Objects;

/**
 * An upload the {@link UploadGuard} refused; nothing of it was kept. The message key (of the
 * {@code uploads} bundle) and its arguments tell the person why, in their language.
 */
public class UploadRefused extends RuntimeException {

    /** Why a file is refused. */
    public enum Reason {
        EMPTY("uploads.refused.empty"),
        TOO_LARGE("uploads.refused.tooLarge"),
        KIND("uploads.refused.kind"),
        EXPANDS("uploads.refused.expands"),
        DAMAGED("uploads.refused.damaged");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final List<Object> arguments;

    UploadRefused(Reason reason, Object... arguments) {
        super(reason.messageKey());
        this.reason = Objects.requireNonNull(reason, "reason");
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    /** The message's arguments, as text (numbers are not grouped by locale): the limit in megabytes, or the kinds accepted. */
    public List<Object> arguments() {
        return arguments;
    }
}

package eu.cybersudoe.companies.classification;

import eu.cybersudoe.network.Country;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Activities#examine} made of a code typed by someone: the activity, or why the code
 * was refused, with a message key of the {@code classification} bundle to tell them.
 */
public sealed interface ActivityClassification {

    /** The activity when the code was classified; empty when it was refused. */
    Optional<Activity> activityIfClassified();

    /** The code was understood. */
    record Classified(Activity activity) implements ActivityClassification {

        public Classified {
            Objects.requireNonNull(activity, "activity");
        }

        @Override
        public Optional<Activity> activityIfClassified() {
            return Optional.of(activity);
        }
    }

    /**
     * The code was refused.
     *
     * @param system       the classification the code was read in
     * @param code         the code as typed, without surrounding spaces (empty when none was given)
     * @param reason       why
     * @param alternatives for {@link Refusal#SUBDIVIDED}, the national codes to choose from; otherwise empty
     */
    record Refused(CodeSystem system, String code, Refusal reason, List<String> alternatives)
            implements ActivityClassification {

        public Refused {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
            alternatives = List.copyOf(alternatives);
        }

        public Country country() {
            return system.country();
        }

        @Override
        public Optional<Activity> activityIfClassified() {
            return Optional.empty();
        }

        /** The key of the message in the {@code classification} bundle. */
        public String messageKey() {
            return reason.messageKey(system);
        }

        /**
         * The message's arguments: {0} the code as typed, {1} the classification's name,
         * {2} an example of a well-written code, or the alternatives for {@link Refusal#SUBDIVIDED}.
         */
        public Object[] messageArguments() {
            String third = reason == Refusal.SUBDIVIDED ? String.join(", ", alternatives) : system.example();
            return new Object[] {code, system.label(), third};
        }
    }

    /** Why a code was refused. */
    enum Refusal {
        /** No code was given. */
        EMPTY("classification.activity.empty"),
        /** The text is not written like a code of the country's classification. */
        BAD_FORMAT("classification.activity.badFormat"),
        /** Well written, but no such activity exists in the classification. */
        UNKNOWN_CODE("classification.activity.unknown"),
        /** A NACE class the country divides into national codes, which must be used instead (CNAE-2009). */
        SUBDIVIDED("classification.activity.subdivided");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        /** The message key; for a bad format, one per classification, since each is written its own way. */
        public String messageKey(CodeSystem system) {
            return this == BAD_FORMAT ? key + "." + system.name() : key;
        }
    }
}

package eu.cybersudoe.companies.identifiers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The verdict on what someone typed as a company identifier: a valid identifier, or why not. */
public sealed interface IdentifierCheck permits IdentifierCheck.Valid, IdentifierCheck.Refused {

    /** Whether the identifier passed its rules. */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The identifier when it is valid. */
    default Optional<NationalIdentifier> accepted() {
        return this instanceof Valid valid ? Optional.of(valid.identifier()) : Optional.empty();
    }

    /** A valid identifier, normalised. */
    record Valid(NationalIdentifier identifier) implements IdentifierCheck {
        public Valid {
            Objects.requireNonNull(identifier, "identifier");
        }
    }

    /**
     * A refusal.
     *
     * @param reason    why
     * @param arguments the arguments of the reason's message: the input as typed (trimmed),
     *                  then for {@link Reason#COUNTRY_MISMATCH} the country prefix found
     */
    record Refused(Reason reason, List<String> arguments) implements IdentifierCheck {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            arguments = List.copyOf(arguments);
        }

        /** The key of the message in the {@code identifiers} bundle, the reason's code. */
        public String messageKey() {
            return reason.code();
        }

        /** The arguments for a {@code MessageSource}. */
        public Object[] messageArguments() {
            return arguments.toArray();
        }
    }

    /** Why an identifier is refused; each code is a key of the {@code identifiers} message bundle. */
    enum Reason {
        /** Nothing but blanks and separators. */
        EMPTY("identifier.empty"),
        /** Not the length, or not the digits and letters at the places, of any identifier of the country. */
        FORMAT("identifier.format"),
        /** The right form, but its check digit, letter or key does not match the rest. */
        CHECKSUM("identifier.checksum"),
        /** Starts with the prefix of another country. */
        COUNTRY_MISMATCH("identifier.countryMismatch"),
        /** A VAT number was expected and it does not start with the prefix of a member state. */
        VAT_PREFIX("identifier.vatPrefix");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The reason code, a message key. */
        public String code() {
            return code;
        }
    }
}

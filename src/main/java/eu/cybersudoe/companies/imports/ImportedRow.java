package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.internal.OrganisationDetails;
import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A row of a file as the registry reads it: the organisation (validated, with its derived
 * values), the contact, and the consents to record.
 *
 * @param organisation the organisation, or null for a row that only names a contact by e-mail
 * @param nameKey      the organisation's name as duplicates are spotted by, or null
 * @param contact      the contact, or null when the row names none
 * @param consents     the purposes the contact agreed to
 * @param consentedAt  when they agreed
 * @param warnings     the values left out because they could not be read, each with its reason
 */
public record ImportedRow(SheetRow row, OrganisationDetails organisation, String nameKey, Contact contact,
                          Set<ConsentPurpose> consents, Instant consentedAt, List<Warning> warnings) implements RowReading {

    public ImportedRow {
        consents = Set.copyOf(consents);
        warnings = List.copyOf(warnings);
    }

    /** Whether the organisation's activity code was kept as given, the classification not knowing it. */
    public boolean unknownActivity() {
        return organisation != null && organisation.activityCode() != null && organisation.naceClass() == null;
    }

    /** A contact as read from a row; the e-mail key is the address trimmed and in lower case. */
    public record Contact(String firstName, String lastName, String job, String email, String emailKey, String phone,
                          Language language) {

        boolean named() {
            return firstName != null || lastName != null;
        }
    }

    /**
     * A value of a row that was left out, the row being imported without it: an e-mail address,
     * postcode, creation year, size band, number of employees or website that could not be read.
     * Each argument (the value as given) is cut to {@link #LONGEST_ARGUMENT} characters.
     */
    public record Warning(String field, String messageKey, List<Object> arguments) {

        static final int LONGEST_ARGUMENT = 200;

        public Warning {
            arguments = arguments.stream().map(String::valueOf)
                    .<Object>map(a -> a.length() > LONGEST_ARGUMENT ? a.substring(0, LONGEST_ARGUMENT) + "…" : a).toList();
        }
    }

    /** A row that cannot be imported, with the reason for the person importing it. */
    public record Rejection(SheetRow row, String field, String messageKey, List<Object> arguments) implements RowReading {
        public Rejection {
            arguments = List.copyOf(arguments);
        }
    }
}

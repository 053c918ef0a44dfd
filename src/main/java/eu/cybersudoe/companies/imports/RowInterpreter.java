package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration.Problem;
import eu.cybersudoe.companies.internal.Contact;
import eu.cybersudoe.companies.internal.NameKey;
import eu.cybersudoe.companies.internal.OrganisationValidator;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one row of a file with its mapping: values are read as partners write them (a band of
 * employees in the employees column, yes in four languages, day-first dates) and the
 * organisation checked by the registry's own validator. Only a missing name, an unknown country
 * or an invalid identifier or VAT number rejects the row; any other value the registry would
 * refuse (an e-mail address, a postcode no region places, a year, a size band, a website) is left
 * out and the row imported without it, with a warning saying which value and why.
 */
final class RowInterpreter {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final ZoneId CONSENT_ZONE = ZoneId.of("Europe/Paris");
    /** The fields whose problem rejects a row: without them the company cannot be told apart. */
    private static final Set<String> REJECTING_FIELDS = Set.of("legalName", "country", "identifier", "vatNumber");

    private final ImportSettings settings;
    private final OrganisationValidator validator;

    RowInterpreter(ImportSettings settings, OrganisationValidator validator) {
        this.settings = settings;
        this.validator = validator;
    }

    /** The row read, with the values it left out, or the reason it cannot be read at all. */
    RowReading read(SheetRow row) {
        Optional<Country> country = value(row, ImportField.COUNTRY).map(text -> Cells.country(text).orElse(null));
        if (value(row, ImportField.COUNTRY).isPresent() && country.isEmpty()) {
            return reject(row, "country", "companies.import.row.country", value(row, ImportField.COUNTRY).get());
        }
        Country chosen = country.orElse(settings.defaultCountry());
        List<ImportedRow.Warning> warnings = new ArrayList<>();
        Optional<String> email = value(row, ImportField.EMAIL);
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            warnings.add(new ImportedRow.Warning("email", "companies.import.row.email", List.of(email.get())));
            email = Optional.empty();
        }
        ImportedRow.Contact contact = contact(row, chosen, email.orElse(null));
        Optional<String> name = value(row, ImportField.LEGAL_NAME);
        if (name.isEmpty()) {
            if (settings.mapping().holds(ImportField.LEGAL_NAME) || contact == null || contact.emailKey() == null) {
                return reject(row, "legalName", "companies.import.row.noName");
            }
            return new ImportedRow(row, null, null, contact, consents(row), consentedAt(row), warnings);
        }
        return organisation(row, chosen, contact, warnings);
    }

    private RowReading organisation(SheetRow row, Country country, ImportedRow.Contact contact, List<ImportedRow.Warning> warnings) {
        Integer employees = null;
        String sizeBand = text(row, ImportField.SIZE_BAND);
        Optional<String> employeesText = value(row, ImportField.EMPLOYEES);
        if (employeesText.isPresent()) {
            Optional<Integer> whole = Cells.whole(employeesText.get());
            if (whole.isPresent()) {
                employees = whole.get();
            } else if (sizeBand == null) {
                sizeBand = employeesText.get();
            }
        }
        Integer creationYear = null;
        Optional<String> creation = value(row, ImportField.CREATION_YEAR);
        if (creation.isPresent()) {
            creationYear = Cells.year(creation.get()).orElse(null);
            if (creationYear == null) {
                warnings.add(new ImportedRow.Warning("creationYear", "companies.import.row.year", List.of(creation.get())));
            }
        }
        boolean womanLed = value(row, ImportField.WOMAN_LED).flatMap(Cells::answer).orElse(false);
        List<String> tags = value(row, ImportField.TAGS).map(t -> Arrays.stream(t.split("[,;|]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        NewOrganisation input = new NewOrganisation(OrganisationKind.COMPANY, text(row, ImportField.LEGAL_NAME),
                text(row, ImportField.TRADE_NAME), country, identifier(row, country), text(row, ImportField.ADDRESS),
                text(row, ImportField.POSTCODE), text(row, ImportField.CITY), text(row, ImportField.ACTIVITY_CODE), employees,
                sizeBand, creationYear, womanLed, website(row), tags, text(row, ImportField.VAT_NUMBER));
        OrganisationValidator.Checked checked = validator.checkImported(input);
        if (!checked.valid() && checked.problems().stream().allMatch(RowInterpreter::tolerated)) {
            checked.problems().forEach(p -> warnings.add(new ImportedRow.Warning(p.field(), p.messageKey(), p.arguments())));
            checked = validator.checkImported(LeftOut.of(input, checked.problems()));
        }
        if (!checked.valid()) {
            Problem first = checked.problems().stream().filter(p -> !tolerated(p)).findFirst().orElse(checked.problems().getFirst());
            return new ImportedRow.Rejection(row, first.field(), first.messageKey(), first.arguments());
        }
        return new ImportedRow(row, checked.details(), NameKey.of(checked.details().legalName()), contact, consents(row),
                consentedAt(row), warnings);
    }

    /** Whether a problem leaves only its value out of the row: all but a missing name, the country and the identifiers. */
    private static boolean tolerated(Problem problem) {
        return !REJECTING_FIELDS.contains(problem.field());
    }

    /**
     * The identifier as written, except a French SIREN or SIRET that a spreadsheet stored as a
     * number and so lost its leading zeros: it gets them back (8 digits are a SIREN, 13 a SIRET).
     */
    private String identifier(SheetRow row, Country country) {
        String identifier = text(row, ImportField.IDENTIFIER);
        if (country == Country.FR && identifier != null && identifier.chars().allMatch(Character::isDigit)
                && (identifier.length() < 9 || identifier.length() > 9 && identifier.length() < 14)) {
            int length = identifier.length() < 9 ? 9 : 14;
            return "0".repeat(length - identifier.length()) + identifier;
        }
        return identifier;
    }

    /** A website written without its scheme ("www.example.fr") is read as https. */
    private String website(SheetRow row) {
        return Optional.ofNullable(text(row, ImportField.WEBSITE))
                .map(site -> site.matches("(?i)https?://.*") ? site : "https://" + site).orElse(null);
    }

    private ImportedRow.Contact contact(SheetRow row, Country country, String email) {
        String first = text(row, ImportField.FIRST_NAME);
        String last = text(row, ImportField.LAST_NAME);
        Optional<String> full = value(row, ImportField.FULL_NAME);
        if (first == null && last == null && full.isPresent()) {
            String[] words = full.get().split("\\s+", 2);
            first = words.length == 2 ? words[0] : null;
            last = words.length == 2 ? words[1] : words[0];
        }
        if (email == null && first == null && last == null) {
            return null;
        }
        Optional<Language> language = value(row, ImportField.LANGUAGE).flatMap(Cells::language);
        Language chosen = language.orElse(country == null ? Language.DEFAULT : country.language());
        return new ImportedRow.Contact(first, last == null ? (email == null ? "" : email) : last, text(row, ImportField.JOB),
                email, Contact.emailKey(email), text(row, ImportField.PHONE), chosen);
    }

    private Set<ConsentPurpose> consents(SheetRow row) {
        Set<ConsentPurpose> given = EnumSet.noneOf(ConsentPurpose.class);
        given.addAll(settings.fileConsents());
        if (value(row, ImportField.NEWSLETTER_CONSENT).flatMap(Cells::answer).orElse(false)) {
            given.add(ConsentPurpose.NEWSLETTER);
        }
        if (value(row, ImportField.INVITATION_CONSENT).flatMap(Cells::answer).orElse(false)) {
            given.add(ConsentPurpose.EVENT_INVITATIONS);
        }
        return given;
    }

    private Instant consentedAt(SheetRow row) {
        return value(row, ImportField.CONSENT_DATE).flatMap(Cells::date)
                .map(day -> day.atStartOfDay(CONSENT_ZONE).toInstant())
                .filter(instant -> instant.isBefore(settings.importedAt()))
                .orElse(settings.importedAt());
    }

    private Optional<String> value(SheetRow row, ImportField field) {
        int column = settings.mapping().columnOfField()[field.ordinal()];
        String value = column < 0 ? "" : row.cell(column);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private String text(SheetRow row, ImportField field) {
        return value(row, field).orElse(null);
    }

    private static ImportedRow.Rejection reject(SheetRow row, String field, String key, Object... arguments) {
        return new ImportedRow.Rejection(row, field, key, List.of(arguments));
    }
}

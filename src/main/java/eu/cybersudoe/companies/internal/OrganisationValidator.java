package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.Registration.Problem;
import eu.cybersudoe.companies.classification.Activities;
import eu.cybersudoe.companies.classification.Activity;
import eu.cybersudoe.companies.classification.ActivityClassification;
import eu.cybersudoe.companies.classification.PostcodeRegions;
import eu.cybersudoe.companies.classification.PriorityTarget;
import eu.cybersudoe.companies.classification.PriorityTargets;
import eu.cybersudoe.companies.classification.SizeBand;
import eu.cybersudoe.companies.classification.SizeClass;
import eu.cybersudoe.companies.identifiers.IdentifierCheck;
import eu.cybersudoe.companies.identifiers.Identifiers;
import eu.cybersudoe.companies.identifiers.NationalIdentifier;
import eu.cybersudoe.network.Country;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an organisation as typed and derives what the registry computes from it: the
 * normalised identifier, the NUTS 2 region, the NACE class and sector theme, the size class
 * and the priority-target flags. Every problem is reported, not only the first.
 */
@Component
public class OrganisationValidator {

    /** A result: the details to store, or the problems found. */
    public record Checked(OrganisationDetails details, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** A web address people can open: http or https, a host with a dot, no spaces. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s/?#.]+(\\.[^\\s/?#.]+)+(:\\d+)?([/?#]\\S*)?");

    private final Activities activities;
    private final PostcodeRegions regions;
    private final Clock clock;

    OrganisationValidator(Activities activities, PostcodeRegions regions, Clock clock) {
        this.activities = activities;
        this.regions = regions;
        this.clock = clock;
    }

    /** The longest activity code kept as given when the classification does not know it. */
    public static final int MAX_KEPT_CODE = 40;

    /** Checks an organisation typed in a form: an activity code the classification does not know is a problem to correct. */
    public Checked check(NewOrganisation input) {
        return check(input, false);
    }

    /**
     * Checks an organisation read from a partner's file: an activity code the classification does
     * not know is kept as given, without NACE class (the company is then flagged "unknown activity
     * code" for staff to correct), never a reason to leave the company out.
     */
    public Checked checkImported(NewOrganisation input) {
        return check(input, true);
    }

    private Checked check(NewOrganisation input, boolean keepUnknownCode) {
        List<Problem> problems = new ArrayList<>();
        if (blank(input.legalName())) {
            problems.add(problem("legalName", "companies.legalName.required"));
        }
        if (input.country() == null) {
            problems.add(problem("country", "companies.country.required"));
            return new Checked(null, problems);
        }
        NationalIdentifier identifier = identifier(input, problems);
        NationalIdentifier vat = vatNumber(input, identifier, problems);
        String nuts2 = region(input, problems);
        Activity activity = activity(input, keepUnknownCode ? new ArrayList<>() : problems);
        SizeClass size = size(input, problems);
        if (!blank(input.website()) && !WEB_ADDRESS.matcher(input.website().strip()).matches()) {
            problems.add(new Problem("website", "companies.website.invalid", List.of(input.website().strip())));
        }
        LocalDate today = LocalDate.now(clock);
        if (input.creationYear() != null && (input.creationYear() < 1800 || input.creationYear() > today.getYear())) {
            problems.add(new Problem("creationYear", "companies.creationYear.range", List.of(today.getYear())));
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        Optional<String> theme = activity == null ? Optional.empty() : activity.sectorTheme();
        Set<PriorityTarget> flags = PriorityTargets.of(size, theme, input.creationYear(), input.womanLed(), today);
        return new Checked(new OrganisationDetails(input.legalName().strip(), trim(input.tradeName()), input.country().name(),
                identifier == null ? null : identifier.kind().name(), identifier == null ? null : identifier.value(),
                vat == null ? null : vat.value(), trim(input.address()), trim(input.postcode()), trim(input.city()), nuts2,
                activity == null ? keptCode(input.activityCode()) : activity.nationalCode(), activity == null ? null : activity.naceClass(),
                theme.orElse(null), size == null ? null : size.name(), input.employees(), input.creationYear(),
                input.womanLed(), flags.contains(PriorityTarget.MICRO), flags.contains(PriorityTarget.PRIORITY_SECTOR),
                flags.contains(PriorityTarget.YOUNG_WOMAN_LED), trim(input.website()), input.tags()), List.of());
    }

    private NationalIdentifier identifier(NewOrganisation input, List<Problem> problems) {
        if (blank(input.identifier())) {
            return null;
        }
        IdentifierCheck check = Identifiers.check(input.country(), input.identifier());
        if (check instanceof IdentifierCheck.Refused refused) {
            problems.add(new Problem("identifier", refused.messageKey(), Arrays.asList(refused.messageArguments())));
            return null;
        }
        return check.accepted().orElseThrow();
    }

    /**
     * The VAT number, checked by its member state's rules. A French, Spanish or Portuguese number
     * must be of the organisation's country and, when the national identifier is known, of the same
     * company (its SIREN, NIF or NIPC).
     */
    private NationalIdentifier vatNumber(NewOrganisation input, NationalIdentifier identifier, List<Problem> problems) {
        if (blank(input.vatNumber())) {
            return null;
        }
        IdentifierCheck check = Identifiers.check(input.vatNumber());
        if (check instanceof IdentifierCheck.Refused refused) {
            problems.add(new Problem("vatNumber", refused.messageKey(), Arrays.asList(refused.messageArguments())));
            return null;
        }
        NationalIdentifier vat = check.accepted().orElseThrow();
        String prefix = vat.value().substring(0, 2);
        boolean networkCountry = Arrays.stream(Country.values()).anyMatch(c -> c.name().equals(prefix));
        if (networkCountry && !prefix.equals(input.country().name())) {
            problems.add(new Problem("vatNumber", "companies.vatNumber.otherCountry", List.of(input.vatNumber().strip())));
            return null;
        }
        if (identifier != null && networkCountry && !vat.value().endsWith(nationalPart(identifier))) {
            problems.add(new Problem("vatNumber", "companies.vatNumber.otherCompany", List.of(input.vatNumber().strip())));
            return null;
        }
        return vat;
    }

    /** The part of a national identifier a VAT number repeats: the SIREN of a SIRET, the identifier otherwise. */
    private static String nationalPart(NationalIdentifier identifier) {
        return switch (identifier.kind()) {
            case SIRET, SIREN -> Identifiers.siren(identifier).value();
            case VAT -> identifier.value().substring(identifier.value().length() - 9);
            default -> identifier.value();
        };
    }

    private String region(NewOrganisation input, List<Problem> problems) {
        if (blank(input.postcode())) {
            return null;
        }
        Optional<String> nuts2 = regions.nuts2(input.country(), input.postcode());
        if (nuts2.isEmpty()) {
            problems.add(new Problem("postcode", PostcodeRegions.unplacedMessageKey(input.country()), List.of(input.postcode())));
        }
        return nuts2.orElse(null);
    }

    private Activity activity(NewOrganisation input, List<Problem> problems) {
        if (blank(input.activityCode())) {
            return null;
        }
        ActivityClassification classification = activities.examine(input.country(), input.activityCode());
        if (classification instanceof ActivityClassification.Refused refused) {
            problems.add(new Problem("activityCode", refused.messageKey(), Arrays.asList(refused.messageArguments())));
        }
        return classification.activityIfClassified().orElse(null);
    }

    /** An activity code the classification refused, as given (reached only when such codes are kept). */
    private static String keptCode(String code) {
        String kept = trim(code);
        return kept == null || kept.length() <= MAX_KEPT_CODE ? kept : kept.substring(0, MAX_KEPT_CODE);
    }

    private SizeClass size(NewOrganisation input, List<Problem> problems) {
        if (input.employees() != null) {
            if (input.employees() < 0) {
                problems.add(problem("employees", "companies.employees.negative"));
                return null;
            }
            return SizeClass.of(input.employees());
        }
        if (blank(input.sizeBand())) {
            return null;
        }
        Optional<SizeBand> band = SizeClass.parseBand(input.sizeBand());
        if (band.isEmpty()) {
            problems.add(new Problem("sizeBand", SizeClass.UNREADABLE_BAND_MESSAGE_KEY, List.of(input.sizeBand())));
            return null;
        }
        return band.get().sizeClass().orElse(null);
    }

    private static Problem problem(String field, String key) {
        return new Problem(field, key, List.of());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }
}

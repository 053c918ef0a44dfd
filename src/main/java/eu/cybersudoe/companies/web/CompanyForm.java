package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.network.Country;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

import java.util.Arrays;
import java.util.List;

/**
 * An organisation as typed in the back office. Numbers are kept as typed so that a wrong one is
 * shown back; {@code version} is the version the edit started from.
 */
public record CompanyForm(String version, String kind, @Size(max = 300) String legalName, @Size(max = 300) String tradeName,
                          String country, @Size(max = 40) String identifier, @Size(max = 300) String address,
                          @Size(max = 12) String postcode, @Size(max = 120) String city, @Size(max = 12) String activityCode,
                          String employees, @Size(max = 40) String sizeBand, String creationYear, Boolean womanLed,
                          @Size(max = 300) String website, @Size(max = 600) String tags, @Size(max = 40) String vatNumber) {

    public static CompanyForm empty() {
        return new CompanyForm("", OrganisationKind.COMPANY.name(), "", "", "", "", "", "", "", "", "", "", "", false, "", "", "");
    }

    /** The form filled with an organisation's stored values. */
    public static CompanyForm of(CompanyFile.Company c) {
        return new CompanyForm(Long.toString(c.version()), c.kind().name(), c.legalName(), text(c.tradeName()), c.country(),
                text(c.identifier()), text(c.address()), text(c.postcode()), text(c.city()), text(c.activityCode()),
                c.employees() == null ? "" : c.employees().toString(), "",
                c.creationYear() == null ? "" : c.creationYear().toString(), c.womanLed(), text(c.website()),
                String.join(", ", c.tags()), text(c.vatNumber()));
    }

    public boolean isWomanLed() {
        return Boolean.TRUE.equals(womanLed);
    }

    /** The version as a number, or -1 when missing or altered (the edit is then stale). */
    long versionNumber() {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** The registry's input; numbers that cannot be read become errors of their fields. */
    NewOrganisation toNewOrganisation(BindingResult binding) {
        return new NewOrganisation(kind(kind), legalName, blankToNull(tradeName), country(country), identifier, address,
                postcode, city, activityCode, number("employees", employees, binding), sizeBand,
                number("creationYear", creationYear, binding), isWomanLed(), website, tags(tags), vatNumber);
    }

    private static Integer number(String field, String value, BindingResult binding) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, "typeMismatch");
            }
            return null;
        }
    }

    private static OrganisationKind kind(String value) {
        return Arrays.stream(OrganisationKind.values()).filter(k -> k.name().equals(value)).findFirst().orElse(null);
    }

    private static Country country(String value) {
        return Arrays.stream(Country.values()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
    }

    private static List<String> tags(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

package eu.cybersudoe.companies;

import eu.cybersudoe.network.Country;

import java.util.List;

/**
 * An organisation as typed in a form or read from a file, before validation. Only the legal
 * name and the country are required; the rest is checked when given.
 *
 * @param sizeBand  a size band such as "10 à 19" when the exact number of employees is not known
 * @param vatNumber a European VAT number with its member-state prefix, checked and compared
 *                  with the national identifier when both are given
 */
public record NewOrganisation(OrganisationKind kind, String legalName, String tradeName, Country country, String identifier,
                              String address, String postcode, String city, String activityCode, Integer employees,
                              String sizeBand, Integer creationYear, boolean womanLed, String website, List<String> tags, String vatNumber) {

    public NewOrganisation {
        kind = kind == null ? OrganisationKind.COMPANY : kind;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** This organisation as a company, whatever kind was given. */
    public NewOrganisation asCompany() {
        return new NewOrganisation(OrganisationKind.COMPANY, legalName, tradeName, country, identifier, address, postcode, city,
                activityCode, employees, sizeBand, creationYear, womanLed, website, tags, vatNumber);
    }

    /** An organisation without a VAT number. */
    public NewOrganisation(OrganisationKind kind, String legalName, String tradeName, Country country, String identifier,
                           String address, String postcode, String city, String activityCode, Integer employees,
                           String sizeBand, Integer creationYear, boolean womanLed, String website, List<String> tags) {
        this(kind, legalName, tradeName, country, identifier, address, postcode, city, activityCode, employees, sizeBand,
                creationYear, womanLed, website, tags, null);
    }
}

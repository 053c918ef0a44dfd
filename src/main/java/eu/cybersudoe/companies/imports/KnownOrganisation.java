package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.internal.OrganisationDetails;

/**
 * An organisation a chunk deals with: one already in the registry, or one the chunk registers
 * (its id is known once the chunk is written).
 */
final class KnownOrganisation {

    Long id;
    final String country;
    final String identifier;
    final String nameKey;
    final String postcode;
    /** Whether the importing partner is already recorded as having brought it. */
    boolean brought;
    /** The values to register, for an organisation the chunk creates; null for a known one. */
    final OrganisationDetails details;

    KnownOrganisation(Long id, String country, String identifier, String nameKey, String postcode, boolean brought,
                      OrganisationDetails details) {
        this.id = id;
        this.country = country;
        this.identifier = identifier;
        this.nameKey = nameKey;
        this.postcode = postcode;
        this.brought = brought;
        this.details = details;
    }

    static String identifierKey(String country, String identifier) {
        return country + "|" + identifier;
    }

    static String nameKey(String nameKey, String postcode) {
        return nameKey + "|" + postcode.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The SIREN of a French record identified by its SIREN or one of its SIRETs; null for any other record. */
    static String siren(String country, String identifier) {
        return "FR".equals(country) && identifier != null && (identifier.length() == 9 || identifier.length() == 14)
                && identifier.chars().allMatch(Character::isDigit) ? identifier.substring(0, 9) : null;
    }

    /**
     * Whether a French identifier names the same company as this one's: a SIREN and the SIRETs of
     * its establishments, or two establishments, share their first nine digits.
     */
    boolean sameCompanyAs(String otherCountry, String otherIdentifier) {
        return identifier != null && otherIdentifier != null && country.equals(otherCountry) && "FR".equals(country)
                && identifier.length() >= 9 && otherIdentifier.length() >= 9
                && identifier.regionMatches(0, otherIdentifier, 0, 9) && identifier.chars().allMatch(Character::isDigit)
                && otherIdentifier.chars().allMatch(Character::isDigit);
    }

    boolean isNew() {
        return details != null;
    }
}

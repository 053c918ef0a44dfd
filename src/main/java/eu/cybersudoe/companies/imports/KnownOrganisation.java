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

    boolean isNew() {
        return details != null;
    }
}

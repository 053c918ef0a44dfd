package eu.cybersudoe.companies.internal;

import java.util.List;

/**
 * The descriptive fields of an organisation, validated and with their derived values
 * (NUTS 2 region from the postcode, NACE class and sector theme from the activity code, size
 * class and priority-target flags) already computed.
 */
public record OrganisationDetails(
        String legalName, String tradeName, String country,
        String identifierKind, String identifier, String vatNumber,
        String address, String postcode, String city, String nuts2,
        String activityCode, String naceClass, String sectorTheme,
        String sizeClass, Integer employees, Integer creationYear, boolean womanLed,
        boolean micro, boolean prioritySector, boolean youngWomanLed,
        String website, List<String> tags) {

    public OrganisationDetails {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}

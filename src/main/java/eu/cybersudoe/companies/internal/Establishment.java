package eu.cybersudoe.companies.internal;

/**
 * Another record of the same French company: its head record (the SIREN) or one of its
 * establishments (a SIRET whose first nine digits are the SIREN), each with its address.
 *
 * @param id         the organisation record
 * @param legalName  its name
 * @param head       whether it is the company itself (its SIREN, or its first SIRET while the registry has no SIREN) rather than one of its establishments
 * @param identifier the SIREN or SIRET
 */
public record Establishment(long id, String legalName, boolean head, String identifier, String address, String postcode,
                            String city) {

    /** The identifier as people read it: a SIREN in groups of three digits, a SIRET with its NIC apart. */
    public String identifierShown() {
        String siren = identifier.substring(0, 3) + " " + identifier.substring(3, 6) + " " + identifier.substring(6, 9);
        return identifier.length() == 14 ? siren + " " + identifier.substring(9) : siren;
    }
}

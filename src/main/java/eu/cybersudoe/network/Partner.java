package eu.cybersudoe.network;

import eu.cybersudoe.shared.LocalizedText;

import java.util.List;

/**
 * A support structure of the network.
 *
 * @param id              stable slug
 * @param name            full name
 * @param shortName       the name used in lists
 * @param country         where it is based
 * @param city            its city
 * @param website         its site, or null
 * @param lead            whether it is the lead partner (chef de file)
 * @param coPilotedWorkPackage the code of the work package it co-pilots (GT1…GT6), or null
 * @param regions         NUTS 2 codes of the regions it covers
 * @param description     a short presentation
 * @param postalAddress   its postal address on one line (street, postcode and city, country), or null when not given
 */
public record Partner(PartnerId id, String name, String shortName, Country country, String city, String website,
                      boolean lead, String coPilotedWorkPackage, List<String> regions, LocalizedText description,
                      String postalAddress) {

    /** A partner whose postal address is not given. */
    public Partner(PartnerId id, String name, String shortName, Country country, String city, String website,
                   boolean lead, String coPilotedWorkPackage, List<String> regions, LocalizedText description) {
        this(id, name, shortName, country, city, website, lead, coPilotedWorkPackage, regions, description, null);
    }
}

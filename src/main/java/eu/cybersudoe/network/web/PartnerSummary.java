package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.WorkPackage;

import java.util.List;

/**
 * A partner as the directory lists it.
 *
 * @param partner      the partner
 * @param regions      the regions it covers, with their names
 * @param workPackage  the work package it co-pilots, or null
 */
public record PartnerSummary(Partner partner, List<Region> regions, WorkPackage workPackage) {

    /** The address of the partner's page within the language. */
    public String path() {
        return "/network/" + partner.id().value();
    }
}

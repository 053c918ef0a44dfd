package eu.cybersudoe.portal.web;

import eu.cybersudoe.network.Partner;

import java.util.List;

/**
 * What the back-office home shows.
 *
 * @param actingFor the partner whose data the person works on, or null
 * @param partners  all partners, for the network admin's partner switcher
 */
public record OfficeView(Partner actingFor, List<Partner> partners) {
}

package eu.cybersudoe.portal.web;

import eu.cybersudoe.network.Partner;

import java.util.List;

/**
 * What the back-office home shows.
 *
 * @param actingFor the partner whose data the person works on, or null
 * @param partners  the partners the switcher offers: all for a network admin, the own and granted ones for others
 */
public record OfficeView(Partner actingFor, List<Partner> partners) {
}

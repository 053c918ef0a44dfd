package eu.cybersudoe.portal.web;

import eu.cybersudoe.network.Partner;

import java.util.List;

/**
 * What the back-office home shows.
 *
 * @param actingFor the partner whose data the person works on, or null
 * @param partners  the partners the switcher offers: all for a network admin, the own and granted ones for others
 * @param roles     the roles the person holds, offered by the switcher when there are several
 */
public record OfficeView(Partner actingFor, List<Partner> partners, List<RoleChoice> roles) {

    /** A role the person may act as: its form value, its role and partner names, and whether they act as it now. */
    public record RoleChoice(String key, String roleKey, String partnerName, boolean acting) {
    }
}

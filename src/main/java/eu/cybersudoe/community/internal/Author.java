package eu.cybersudoe.community.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;

/**
 * Who writes, as a post keeps it: the account, the name shown, the company a company user
 * belongs to (or the structure of an associated structure), the partner involved and the country.
 *
 * @param company   the company or structure, or null (partner staff)
 * @param partnerId the partner counted for the post: the staff's own, or the one answering for the company's region
 * @param country   the country code (FR, ES, PT), or null when unknown
 * @param size      the company's size class, or null
 */
public record Author(long accountId, String name, Role role, Language language, CompanyId company, String partnerId,
                     String country, String size) {

    /** Partner staff: their posts need no approval and they may turn exchanges into mission requests. */
    public boolean staff() {
        return role.isPartnerStaff();
    }

    /** Whether the role may join groups and write: company users, partner staff and associated structures. */
    public boolean mayTakePart() {
        return role.isPartnerStaff() || role == Role.COMPANY_USER || role == Role.ASSOCIATED_STRUCTURE;
    }
}

package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.internal.OrganisationSearch;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which organisations a person may list and open: network admins any, partner staff those their
 * partner brought or served. Staff get the same refusal for another partner's organisation and for one
 * that does not exist, so that nothing is learnt from the difference.
 */
@Component
class CompanyScope {

    private final CompanyOffice office;
    private final Network network;

    CompanyScope(CompanyOffice office, Network network) {
        this.office = office;
        this.network = network;
    }

    CompanyId require(long id, HttpServletRequest request) {
        CompanyId company = new CompanyId(id);
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (user.role() == Role.NETWORK_ADMIN) {
            if (!office.exists(company)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return company;
        }
        String partner = CurrentUser.actingPartner(request).orElse(null);
        if (!user.role().isPartnerStaff() || !office.knownBy(company, partner)) {
            throw new AccessDeniedException("Organisation " + id + " is not known by " + partner);
        }
        return company;
    }

    /** Which organisations the person behind a request may list: all for network admins, else their partner's. */
    static OrganisationSearch.Scope of(HttpServletRequest request) {
        boolean admin = CurrentUser.get().map(user -> user.role() == Role.NETWORK_ADMIN).orElse(false);
        return admin ? OrganisationSearch.Scope.all()
                : OrganisationSearch.Scope.partner(CurrentUser.actingPartner(request).orElse(null));
    }

    /** The partner the person acts for, required to record anything in its name. */
    String actingPartner(HttpServletRequest request) {
        return CurrentUser.actingPartner(request).orElseThrow(() -> new AccessDeniedException("No partner to act for"));
    }

    /** The partner the person acts for, or null (a network admin who has chosen none). */
    String actingPartnerIfAny(HttpServletRequest request) {
        return CurrentUser.actingPartner(request).orElse(null);
    }

    /** How a form entry is recorded as the source of a consent: "form: " and the partner's short name. */
    String formSource(String partnerId) {
        return "form: " + shortName(partnerId);
    }

    String shortName(String partnerId) {
        if (partnerId == null) {
            return null;
        }
        try {
            return network.partner(new PartnerId(partnerId)).map(Partner::shortName).orElse(partnerId);
        } catch (IllegalArgumentException malformed) {
            return partnerId;
        }
    }

    static Long accountId() {
        return CurrentUser.get().map(SignedInUser::accountId).orElse(null);
    }
}

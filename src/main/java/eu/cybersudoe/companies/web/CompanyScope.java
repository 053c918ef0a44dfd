package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.internal.OrganisationSearch;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;

/** Which organisations the person behind a request may list: all for network admins, else their partner's. */
final class CompanyScope {

    private CompanyScope() {
    }

    static OrganisationSearch.Scope of(HttpServletRequest request) {
        boolean admin = CurrentUser.get().map(user -> user.role() == Role.NETWORK_ADMIN).orElse(false);
        return admin ? OrganisationSearch.Scope.all()
                : OrganisationSearch.Scope.partner(CurrentUser.actingPartner(request).orElse(null));
    }
}

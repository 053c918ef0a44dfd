package eu.cybersudoe.missions.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which missions a person may read: network admins all; partner staff those of the partner they
 * act for (a mission handed over belongs to the partner that received it); a company user those
 * of the company their account is linked to. Others get the same refusal for a mission of
 * someone else and for one that does not exist.
 */
@Component
class MissionScope {

    private final MissionStore missions;
    private final CompanyUsers companyUsers;

    MissionScope(MissionStore missions, CompanyUsers companyUsers) {
        this.missions = missions;
        this.companyUsers = companyUsers;
    }

    /** A mission the signed-in staff member may work on. */
    Mission forStaff(long id, HttpServletRequest request) {
        SignedInUser user = user();
        Mission mission = missions.find(id).orElse(null);
        if (user.role() == Role.NETWORK_ADMIN) {
            if (mission == null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return mission;
        }
        String partner = CurrentUser.actingPartner(request).orElse(null);
        if (mission == null || !user.role().isPartnerStaff() || !mission.belongsTo(partner)) {
            throw new AccessDeniedException("Mission " + id + " is not a mission of " + partner);
        }
        return mission;
    }

    /** A mission of the signed-in company user's own company. */
    Mission forCompany(long id) {
        CompanyId company = companyOf().orElseThrow(() -> new AccessDeniedException("No company"));
        Mission mission = missions.find(id).orElse(null);
        if (mission == null || !company.equals(mission.company())) {
            throw new AccessDeniedException("Mission " + id + " is not a mission of company " + company);
        }
        return mission;
    }

    java.util.Optional<CompanyId> companyOf() {
        return companyUsers.companyOf(user().accountId());
    }

    /** The partner whose missions a list shows: null (all) for network admins. */
    static String listedPartner(HttpServletRequest request) {
        boolean admin = CurrentUser.get().map(user -> user.role() == Role.NETWORK_ADMIN).orElse(false);
        return admin ? null : CurrentUser.actingPartner(request).orElse("-");
    }

    /** The partner the person acts for, needed to enter a request. */
    static String actingPartner(HttpServletRequest request) {
        return CurrentUser.actingPartner(request).orElseThrow(() -> new AccessDeniedException("No partner to act for"));
    }

    static SignedInUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.DEFAULT);
    }
}

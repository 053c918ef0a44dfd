package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceStore;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which conferences a person may manage: network admins any, partner staff those their partner
 * organises or co-organises. Staff get the same refusal for another partner's conference and for
 * one that does not exist.
 */
@Component
class ConferenceScope {

    private final ConferenceStore conferences;

    ConferenceScope(ConferenceStore conferences) {
        this.conferences = conferences;
    }

    Conference require(long id, HttpServletRequest request) {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        Conference conference = conferences.find(id).orElse(null);
        if (user.role() == Role.NETWORK_ADMIN) {
            if (conference == null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return conference;
        }
        String partner = CurrentUser.actingPartner(request).orElse(null);
        if (conference == null || !user.role().isPartnerStaff() || !conference.organisers().contains(partner)) {
            throw new AccessDeniedException("Conference " + id + " is not organised by " + partner);
        }
        return conference;
    }

    /** The partner the person acts for, required to organise a conference. */
    static String actingPartner(HttpServletRequest request) {
        return CurrentUser.actingPartner(request).orElseThrow(() -> new AccessDeniedException("No partner to act for"));
    }

    /** The partner whose conferences the list shows: null (all) for network admins. */
    static String listedPartner(HttpServletRequest request) {
        boolean admin = CurrentUser.get().map(user -> user.role() == Role.NETWORK_ADMIN).orElse(false);
        return admin ? null : CurrentUser.actingPartner(request).orElse("-");
    }

    /** Whether the person manages the partner's people: a network admin or a partner manager, not an advisor. */
    static boolean managesPartner() {
        return CurrentUser.get().map(user -> user.has(Role.NETWORK_ADMIN, Role.PARTNER_MANAGER)).orElse(false);
    }

    static Long accountId() {
        return CurrentUser.get().map(SignedInUser::accountId).orElse(null);
    }
}

package eu.cybersudoe.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * Who is signed in, and for which partner they act: their own, or for a network admin the
 * partner chosen with the partner switcher (kept in the session).
 */
public final class CurrentUser {

    /** Session attribute holding the partner a network admin acts for. */
    public static final String ACTING_PARTNER = CurrentUser.class.getName() + ".actingPartner";

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    /**
     * The partner whose data the person works on now, if any: the one chosen with the switcher
     * (any partner for a network admin, one of their partners for others), else their own.
     */
    public static Optional<String> actingPartner(HttpServletRequest request) {
        return get().flatMap(user -> {
            HttpSession session = request.getSession(false);
            Object chosen = session == null ? null : session.getAttribute(ACTING_PARTNER);
            if (chosen instanceof String id && (user.role() == Role.NETWORK_ADMIN || user.partners().contains(id))) {
                return Optional.of(id);
            }
            return user.partners().stream().findFirst();
        });
    }

    /** Whether the person may choose to act for that partner with the switcher. */
    public static boolean maySwitchTo(String partnerId) {
        return get().map(user -> user.role() == Role.NETWORK_ADMIN || user.partners().contains(partnerId)).orElse(false);
    }

    /**
     * Makes the signed-in person act with another role they hold, for the rest of their session; the acting
     * partner becomes that role's own. False when they do not hold it.
     */
    public static boolean actAs(RoleGrant grant, HttpServletRequest request, HttpServletResponse response) {
        Optional<SignedInUser> user = get();
        if (user.isEmpty() || !user.get().roles().contains(grant)) {
            return false;
        }
        SignedInUser acting = user.get().actingAs(grant);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(acting, null, acting.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        request.getSession().removeAttribute(ACTING_PARTNER);
        return true;
    }

    /** Whether the person may work on that partner's private data. */
    public static boolean mayActFor(String partnerId) {
        return get().map(user -> user.role() == Role.NETWORK_ADMIN
                || (user.role().isPartnerStaff() && partnerId != null && user.partners().contains(partnerId)))
                .orElse(false);
    }
}

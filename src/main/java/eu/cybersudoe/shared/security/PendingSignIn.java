package eu.cybersudoe.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in whose password was right but whose second factor is still owed: the session holds
 * it aside, not signed in, for {@link #VALIDITY}, until the second factor completes it.
 */
public final class PendingSignIn {

    static final String ATTRIBUTE = PendingSignIn.class.getName();
    static final Duration VALIDITY = Duration.ofMinutes(10);

    private static final HttpSessionSecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private PendingSignIn() {
    }

    private record Held(Authentication authentication, Instant since) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Takes the just-made authentication out of the session and keeps it aside. */
    static void hold(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        SecurityContextHolder.clearContext();
        CONTEXTS.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        request.getSession().setAttribute(ATTRIBUTE, new Held(authentication, Instant.now()));
    }

    /** The person whose second factor is owed in this session, while the wait lasts. */
    public static Optional<SignedInUser> of(HttpServletRequest request) {
        return held(request).map(held -> (SignedInUser) held.authentication().getPrincipal());
    }

    /**
     * Signs the person in for good, in a new session id, and tells where to go: the page that
     * asked for the sign-in, else their home.
     */
    public static String complete(HttpServletRequest request, HttpServletResponse response) {
        Held held = held(request).orElseThrow(() -> new IllegalStateException("No sign-in waits for a second factor"));
        request.getSession().removeAttribute(ATTRIBUTE);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(held.authentication());
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
        request.getSession().setAttribute(SessionValidity.SIGNED_IN_AT, Instant.now());
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        SavedRequest saved = cache.getRequest(request, response);
        if (saved != null) {
            cache.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return request.getContextPath() + AccessInterceptor.homeOf((SignedInUser) held.authentication().getPrincipal(), request);
    }

    /** Forgets the waiting sign-in (too many wrong codes, or the person gave up). */
    public static void abandon(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    private static Optional<Held> held(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Held held)) {
            return Optional.empty();
        }
        if (held.since().plus(VALIDITY).isBefore(Instant.now())) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(held);
    }
}

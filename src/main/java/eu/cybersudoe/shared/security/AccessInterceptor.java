package eu.cybersudoe.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.Optional;

/**
 * Enforces the {@link Access} declaration of every controller handler, deny by default.
 * Refusals are thrown so that Spring Security answers them: anonymous people are sent to
 * the sign-in page, signed-in people get 403.
 */
public class AccessInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);

    private final ObjectProvider<SessionValidity> sessions;

    public AccessInterceptor(ObjectProvider<SessionValidity> sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws java.io.IOException {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Access access = declarationOf(method);
        if (access == null && !isFrameworkHandler(method)) {
            log.error("Refused {} {}: {} declares no @Access", request.getMethod(), request.getRequestURI(), method);
        }
        if (access == null && isFrameworkHandler(method)) {
            return true;
        }
        Optional<SignedInUser> user = currentSession(request);
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return switch (AccessDecision.of(access, user, variables == null ? Map.of() : variables)) {
            case ALLOW -> true;
            case SEND_ON -> {
                response.sendRedirect(request.getContextPath() + homeOf(user.orElseThrow(), request));
                yield false;
            }
            case SIGN_IN_FIRST -> throw new AuthenticationCredentialsNotFoundException("Sign in first");
            case DENY -> throw new AccessDeniedException("Not allowed");
        };
    }

    /** The signed-in person, unless their account changed since they signed in: then they are signed out. */
    private Optional<SignedInUser> currentSession(HttpServletRequest request) {
        Optional<SignedInUser> user = CurrentUser.get();
        SessionValidity validity = sessions.getIfAvailable();
        HttpSession session = request.getSession(false);
        if (user.isEmpty() || validity == null
                || validity.isCurrent(user.get(), session == null ? null : (java.time.Instant) session.getAttribute(SessionValidity.SIGNED_IN_AT))) {
            return user;
        }
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return Optional.empty();
    }

    /** Where a signed-in person starts: the back office for staff and partners' peers, the account page for companies. */
    public static String homeOf(SignedInUser user, HttpServletRequest request) {
        String lang = SecurityConfiguration.languageOf(request).code();
        return "/" + lang + (user.role() == Role.COMPANY_USER ? "/account" : "/office");
    }

    /** The declaration on the method, else on its class. */
    public static Access declarationOf(HandlerMethod method) {
        Access onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Access.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Access.class);
    }

    /** Handlers of the framework itself (Actuator endpoints), which have their own rules. */
    public static boolean isFrameworkHandler(HandlerMethod method) {
        return !method.getBeanType().getPackageName().startsWith("eu.cybersudoe");
    }
}

package eu.cybersudoe.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.io.IOException;
import java.util.Optional;

/**
 * Where people go around signing in, always in the language they were using: the sign-in
 * page when a page needs an account, back to that page after signing in, the sign-in page
 * with a reason (and the e-mail kept) after a failure, the home page after signing out.
 */
class SignInHandlers implements AuthenticationEntryPoint, AuthenticationFailureHandler, LogoutSuccessHandler,
        org.springframework.security.web.authentication.AuthenticationSuccessHandler {

    private final RequestCache requests = new HttpSessionRequestCache();
    private final SessionFlashMapManager flash = new SessionFlashMapManager();
    private final ObjectProvider<SecondFactorGate> secondFactor;

    SignInHandlers(ObjectProvider<SecondFactorGate> secondFactor) {
        this.secondFactor = secondFactor;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason) throws IOException {
        requests.saveRequest(request, response);
        response.sendRedirect(request.getContextPath() + "/" + SecurityConfiguration.languageOf(request).code() + "/login");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
        FlashMap kept = new FlashMap();
        kept.put("email", request.getParameter("email"));
        kept.put("loginError", switch (failure) {
            case LoginThrottledException throttled -> "login.error.throttled";
            // An unconfirmed account gets the answer of a wrong password: the form must not tell which accounts exist.
            case DisabledException unconfirmed -> "login.error.bad";
            case LockedException deactivated -> "login.error.deactivated";
            default -> "login.error.bad";
        });
        if (failure instanceof LoginThrottledException throttled) {
            kept.put("waitMinutes", Math.max(1, (throttled.waitTime().toSeconds() + 59) / 60));
        }
        flash.saveOutputFlashMap(kept, request, response);
        response.sendRedirect(request.getContextPath() + "/" + SecurityConfiguration.languageOf(request).code() + "/login");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        SecondFactorGate gate = secondFactor.getIfAvailable();
        Optional<String> step = gate == null ? Optional.empty() : gate.stepFor((SignedInUser) authentication.getPrincipal());
        if (step.isPresent()) {
            PendingSignIn.hold(request, response, authentication);
            response.sendRedirect(request.getContextPath() + "/" + SecurityConfiguration.languageOf(request).code() + step.get());
            return;
        }
        request.getSession().setAttribute(SessionValidity.SIGNED_IN_AT, java.time.Instant.now());
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl(AccessInterceptor.homeOf((SignedInUser) authentication.getPrincipal(), request));
        saved.setRequestCache(requests);
        saved.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication) throws IOException {
        response.sendRedirect(request.getContextPath() + "/" + SecurityConfiguration.languageOf(request).code() + "/?signedOut");
    }
}

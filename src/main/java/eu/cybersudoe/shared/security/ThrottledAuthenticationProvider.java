package eu.cybersudoe.shared.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks the {@link LoginThrottle} before the password, and tells it how each attempt went. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SignInAttempt attempt = attemptOf(authentication);
        throttle.waitBefore(attempt).ifPresent(wait -> {
            throttle.throttled(attempt, wait);
            throw new LoginThrottledException(wait);
        });
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            return result;
        } catch (BadCredentialsException bad) {
            throttle.failed(attempt, SignInAttempt.Failure.BAD_CREDENTIALS);
            throw bad;
        } catch (DisabledException unconfirmed) {
            throttle.failed(attempt, SignInAttempt.Failure.UNCONFIRMED);
            throw unconfirmed;
        } catch (LockedException deactivated) {
            throttle.failed(attempt, SignInAttempt.Failure.DEACTIVATED);
            throw deactivated;
        }
    }

    private static SignInAttempt attemptOf(Authentication authentication) {
        String email = String.valueOf(authentication.getName());
        return switch (authentication.getDetails()) {
            case SignInDetails details -> new SignInAttempt(email, details.getRemoteAddress(), details.userAgent());
            case WebAuthenticationDetails details -> new SignInAttempt(email, details.getRemoteAddress(), null);
            case null, default -> new SignInAttempt(email, null, null);
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

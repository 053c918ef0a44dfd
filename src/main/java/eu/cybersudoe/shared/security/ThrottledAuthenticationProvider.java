package eu.cybersudoe.shared.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.Locale;

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
        String email = String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        throttle.waitBefore(email, address).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(email, address);
            return result;
        } catch (BadCredentialsException bad) {
            throttle.failed(email, address);
            throw bad;
        } catch (AuthenticationException other) {
            throw other;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

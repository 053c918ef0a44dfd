package eu.cybersudoe.shared.security;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of the sign-in form, which does the same work whatever is wrong: the
 * password is hashed and compared for an unknown account (against a stand-in hash), a wrong
 * password and an unconfirmed or deactivated account alike, and only then is the account's
 * state looked at. Spring Security's default looks at the state first, which answers an
 * unconfirmed account faster than a wrong password.
 */
final class PasswordCheck {

    private PasswordCheck() {
    }

    static DaoAuthenticationProvider provider(UserDetailsService accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Account deactivated");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("Account not confirmed");
            }
        });
        return provider;
    }
}

package eu.cybersudoe.shared.security;

import eu.cybersudoe.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The password check does the same work on every failing path: the typed password is hashed and
 * compared once, whether the account is unknown, the password wrong or the account unconfirmed.
 */
class PasswordCheckTest {

    private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final String hash = real.encode("the right password");
    private final List<String> comparedWith = new ArrayList<>();

    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparedWith.add(encoded);
            return real.matches(raw, encoded);
        }
    };

    private final Map<String, String> accounts = Map.of("confirmed@example.org", "yes", "unconfirmed@example.org", "no");

    private final UserDetailsService users = email -> {
        String confirmed = accounts.get(email);
        if (confirmed == null) {
            throw new UsernameNotFoundException("none");
        }
        return new SignedInUser(1L, email, "Someone", Role.COMPANY_USER, null, Language.EN, confirmed.equals("yes"), hash);
    };

    @Test
    void hashesTheTypedPasswordOnceOnEveryFailingPath() {
        assertThat(refusal("nobody@example.org", "the right password")).isInstanceOf(BadCredentialsException.class);
        assertThat(comparedWith).hasSize(1);

        assertThat(refusal("confirmed@example.org", "a wrong password")).isInstanceOf(BadCredentialsException.class);
        assertThat(comparedWith).hasSize(2).last().isEqualTo(hash);

        assertThat(refusal("unconfirmed@example.org", "the right password")).isInstanceOf(DisabledException.class);
        assertThat(comparedWith).hasSize(3).last().isEqualTo(hash);

        assertThat(refusal("unconfirmed@example.org", "a wrong password")).isInstanceOf(BadCredentialsException.class);
        assertThat(comparedWith).hasSize(4);
    }

    @Test
    void theUnknownAccountIsComparedWithAStandInHashOfTheSameKind() {
        refusal("nobody@example.org", "the right password");
        assertThat(comparedWith.getFirst()).startsWith("{bcrypt}");
    }

    private AuthenticationException refusal(String email, String password) {
        return catchThrowableOfType(AuthenticationException.class, () -> PasswordCheck.provider(users, counting)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password)));
    }
}

package eu.cybersudoe.testing;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A new confirmed account of a role and partner, signed in through the sign-in form: its session. */
public final class StaffSessions {

    public static final String PASSWORD = "a long enough password";

    private StaffSessions() {
    }

    public static MockHttpSession signedIn(MockMvc mvc, AccountService accounts, Role role, String partner, String name, Language language)
            throws Exception {
        String email = "staff." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.createConfirmed(email, name, "{noop}" + PASSWORD, role, partner, language);
        return OneTimeCodes.throughSetUp(mvc, mvc.perform(post("/" + language.code() + "/login").with(csrf()).param("email", email)
                .param("password", PASSWORD).param("lang", language.code())).andReturn(), java.time.Clock.systemUTC());
    }
}

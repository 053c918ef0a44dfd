package eu.cybersudoe.testing;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What an authenticator app does, for tests: the code of a secret at a time, and the forced set-up gone through. */
public final class OneTimeCodes {

    private static final Pattern SECRET_SHOWN = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");

    private OneTimeCodes() {
    }

    /** The 6-digit code an app shows for the secret (Base32, spaces allowed) at the clock's time. */
    public static String code(String secret, Clock clock) {
        try {
            return new DefaultCodeGenerator().generate(secret.replace(" ", ""), clock.instant().getEpochSecond() / 30);
        } catch (CodeGenerationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The secret a set-up page shows as text. */
    public static String secretOn(String page) {
        Matcher shown = SECRET_SHOWN.matcher(page);
        if (!shown.find()) {
            throw new AssertionError("No secret shown on " + page);
        }
        return shown.group(1).replace(" ", "");
    }

    /**
     * After a sign-in form's answer: when it sends a network admin or controller to set up a
     * one-time code, sets one up as an app would; the session, signed in either way.
     */
    public static MockHttpSession throughSetUp(MockMvc mvc, MvcResult signIn, Clock clock) throws Exception {
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
        String next = signIn.getResponse().getRedirectedUrl();
        if (next != null && next.endsWith("/login/set-up")) {
            String page = mvc.perform(get(next).session(session)).andReturn().getResponse().getContentAsString();
            mvc.perform(post(next).session(session).with(csrf()).param("code", code(secretOn(page), clock)));
        }
        return session;
    }
}

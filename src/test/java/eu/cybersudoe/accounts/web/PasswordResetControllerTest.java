package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.accounts.internal.SignInRecords;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.shared.web.RateLimiter;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(PasswordResetController.class)
@Import({RateLimiter.class, TestClockConfiguration.class, eu.cybersudoe.accounts.internal.PasswordStrength.class})
class PasswordResetControllerTest {

    static final SignInRecords.Origin FROM_HERE = AccountControllerTest.FROM_HERE;
    static final String TOKEN = "Zm9yZ290dGVuLXBhc3N3b3JkLXRva2Vu";
    static final String PASSWORD = "a new and long password";
    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountService accounts;

    /** A fresh address for each test, so that the rate limiter's memory does not carry over. */
    final String address = "203.0.113." + ADDRESSES.incrementAndGet();

    RequestPostProcessor fromHere() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MockHttpServletRequestBuilder forgot(String lang, String email) {
        return post("/" + lang + "/password/forgot").with(csrf()).with(fromHere()).param("email", email);
    }

    MockHttpServletRequestBuilder reset(String lang, String password, String repeat) {
        return post("/" + lang + "/password/reset").with(csrf())
                .param("token", TOKEN).param("password", password).param("passwordRepeat", repeat);
    }

    @Test
    void showsTheForgottenPasswordForm() throws Exception {
        mvc.perform(get("/pt/password/forgot"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/forgot"))
                .andExpect(model().attribute("email", ""))
                .andExpect(content().string(containsString("<html lang=\"pt\">")))
                .andExpect(content().string(containsString("<h1>Palavra-passe esquecida</h1>")))
                .andExpect(content().string(containsString("action=\"/pt/password/forgot\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("name=\"email\" type=\"email\"")));
    }

    @Test
    void askingForALinkSendsItInThePathLanguage() throws Exception {
        mvc.perform(forgot("es", "ana@example.es"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/es/password/sent"));
        verify(accounts).requestPasswordReset("ana@example.es", Language.ES);
    }

    @Test
    void theAnswerIsTheSameWhateverTheAddress() throws Exception {
        // The service decides silently whether an account exists; the page never tells.
        mvc.perform(forgot("fr", "nobody@example.fr")).andExpect(redirectedUrl("/fr/password/sent"));
        verify(accounts).requestPasswordReset("nobody@example.fr", Language.FR);
        mvc.perform(forgot("fr", "   ")).andExpect(redirectedUrl("/fr/password/sent"));
        mvc.perform(forgot("fr", "a".repeat(250) + "@x.fr")).andExpect(redirectedUrl("/fr/password/sent"));
        mvc.perform(post("/fr/password/forgot").with(csrf()).with(fromHere())).andExpect(redirectedUrl("/fr/password/sent"));
        verify(accounts, never()).requestPasswordReset(org.mockito.ArgumentMatchers.eq("   "), any());
        verify(accounts, never()).requestPasswordReset(org.mockito.ArgumentMatchers.eq(""), any());
        verify(accounts, never()).requestPasswordReset(org.mockito.ArgumentMatchers.endsWith("@x.fr"), any());
    }

    @Test
    void theSixthRequestFromOneAddressWithinTheHourIsRefused() throws Exception {
        for (int i = 1; i <= PasswordResetController.PER_ADDRESS_PER_HOUR; i++) {
            mvc.perform(forgot("en", "person" + i + "@example.com")).andExpect(redirectedUrl("/en/password/sent"));
        }
        mvc.perform(forgot("en", "person6@example.com")).andExpect(status().isTooManyRequests());
        verify(accounts, never()).requestPasswordReset(org.mockito.ArgumentMatchers.eq("person6@example.com"), any());
    }

    @Test
    void theSentPageDoesNotSayWhetherAnAccountExists() throws Exception {
        mvc.perform(get("/en/password/sent"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/notice"))
                .andExpect(model().attribute("messageKey", "password.sent"))
                .andExpect(content().string(containsString("If an account uses this address, a link valid for one hour has been sent to it.")));
    }

    @Test
    void anInvalidLinkShowsANotice() throws Exception {
        given(accounts.isResetLinkValid(anyString())).willReturn(false);

        mvc.perform(get("/fr/password/reset").param("token", "expired"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/notice"))
                .andExpect(model().attribute("messageKey", "password.invalidLink"))
                .andExpect(model().attributeDoesNotExist("token"))
                .andExpect(content().string(containsString("<h1>Lien non valide</h1>")))
                .andExpect(content().string(not(containsString("name=\"passwordRepeat\""))));
        mvc.perform(get("/fr/password/reset"))
                .andExpect(view().name("accounts/notice"));
        verify(accounts).isResetLinkValid("");
    }

    @Test
    void aValidLinkShowsTheFormWithItsToken() throws Exception {
        given(accounts.isResetLinkValid(TOKEN)).willReturn(true);

        mvc.perform(get("/es/password/reset").param("token", TOKEN))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/reset"))
                .andExpect(model().attribute("token", TOKEN))
                .andExpect(model().attribute("errors", FieldErrors.NONE))
                .andExpect(content().string(containsString("<h1>Elegir una nueva contraseña</h1>")))
                .andExpect(content().string(containsString("action=\"/es/password/reset\"")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"token\" value=\"" + TOKEN + "\">")))
                .andExpect(content().string(containsString("name=\"password\" type=\"password\"")))
                .andExpect(content().string(containsString("name=\"passwordRepeat\" type=\"password\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void differentPasswordsAreRefusedWithoutResetting() throws Exception {
        mvc.perform(reset("pt", PASSWORD, "another long password"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/reset"))
                .andExpect(model().attribute("token", TOKEN))
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordRepeat", "account.password.mismatch"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andExpect(content().string(containsString("<p>As duas palavras-passe não são iguais.</p>")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"token\" value=\"" + TOKEN + "\">")))
                .andExpect(content().string(not(containsString(PASSWORD))));
        verify(accounts, never()).resetPassword(anyString(), anyString(), any());
    }

    @Test
    void aTooShortPasswordIsRefusedWithoutResetting() throws Exception {
        mvc.perform(reset("en", "short", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/reset"))
                .andExpect(model().attributeHasFieldErrors("form", "password", "passwordRepeat"))
                .andExpect(content().string(containsString("<p>At least 12 characters.</p>")))
                .andExpect(content().string(containsString("<p>This field is required.</p>")));
        verify(accounts, never()).resetPassword(anyString(), anyString(), any());
    }

    @Test
    void aNewPasswordSendsPeopleToSignIn() throws Exception {
        given(accounts.resetPassword(TOKEN, PASSWORD, FROM_HERE)).willReturn(true);

        mvc.perform(reset("es", PASSWORD, PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/es/login"))
                .andExpect(flash().attribute("notice", "password.changed"));
        verify(accounts).resetPassword(TOKEN, PASSWORD, FROM_HERE);
    }

    @Test
    void aLinkThatExpiredWhileTypingShowsTheNotice() throws Exception {
        given(accounts.resetPassword(anyString(), anyString(), any())).willReturn(false);

        mvc.perform(reset("en", PASSWORD, PASSWORD))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/notice"))
                .andExpect(model().attribute("messageKey", "password.invalidLink"))
                .andExpect(flash().attributeCount(0))
                .andExpect(content().string(containsString("<h1>Link not valid</h1>")));
    }

    @Test
    void theChangedNoticeIsATranslatedMessage() throws Exception {
        // The flash notice left by a reset is rendered by the layout of the page that follows.
        given(accounts.isResetLinkValid(TOKEN)).willReturn(true);
        mvc.perform(get("/fr/password/reset").param("token", TOKEN).flashAttr("notice", "password.changed"))
                .andExpect(content().string(containsString(
                        "<div class=\"flash success\" role=\"status\">Votre mot de passe a été modifié. Vous pouvez vous connecter avec celui-ci.</div>")));
    }
}

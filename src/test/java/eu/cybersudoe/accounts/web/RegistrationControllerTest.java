package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.shared.web.RateLimiter;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(RegistrationController.class)
@Import({RateLimiter.class, TestClockConfiguration.class, eu.cybersudoe.accounts.internal.PasswordStrength.class})
class RegistrationControllerTest {

    static final String PASSWORD = "a long enough password";
    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;

    @MockitoBean
    AccountService accounts;

    /** A fresh address for each test, so that the rate limiter's memory does not carry over. */
    final String address = "198.51.100." + ADDRESSES.incrementAndGet();

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A filled-in registration form; {@code changes} are name and value pairs replacing what a person would type. */
    MockHttpServletRequestBuilder registration(String lang, String email, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("displayName", "Ana García");
        fields.put("email", email);
        fields.put("password", PASSWORD);
        fields.put("passwordRepeat", PASSWORD);
        fields.put("acceptTerms", "true");
        fields.put("website", "");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/" + lang + "/register").with(csrf()).with(from(address));
        fields.forEach(request::param);
        return request;
    }

    @Test
    void showsAnEmptyForm() throws Exception {
        mvc.perform(get("/es/register"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/register"))
                .andExpect(model().attribute("form", RegistrationForm.empty()))
                .andExpect(model().attribute("errors", FieldErrors.NONE))
                .andExpect(content().string(containsString("<html lang=\"es\">")))
                .andExpect(content().string(containsString("<h1>Crear una cuenta</h1>")))
                .andExpect(content().string(containsString("action=\"/es/register\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("<input id=\"website\" name=\"website\" type=\"text\" tabindex=\"-1\"")))
                .andExpect(content().string(containsString("href=\"/es/privacy\"")))
                .andExpect(content().string(not(containsString("aria-invalid=\"true\""))))
                .andExpect(content().string(not(containsString("role=\"alert\""))));
    }

    @Test
    void invalidInputIsShownBackWithTheErrorsOfEachField() throws Exception {
        MvcResult result = mvc.perform(post("/es/register").with(csrf()).with(from(address))
                        .param("displayName", "Ana García").param("email", "ana-at-example")
                        .param("password", "short-pw").param("passwordRepeat", "").param("website", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/register"))
                .andExpect(model().attributeHasFieldErrors("form", "email", "password", "passwordRepeat", "acceptTerms"))
                .andExpect(model().attributeHasNoErrors("page"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "Email"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordRepeat", "NotBlank"))
                .andExpect(content().string(containsString(
                        "<div class=\"flash error\" role=\"alert\">Algunos campos necesitan su atención: vea los mensajes siguientes.</div>")))
                .andExpect(content().string(containsString("value=\"Ana García\"")))
                .andExpect(content().string(containsString("value=\"ana-at-example\"")))
                .andExpect(content().string(not(containsString("short-pw"))))
                .andExpect(content().string(containsString("<p>Escriba una dirección de correo válida, por ejemplo nombre@ejemplo.es.</p>")))
                .andExpect(content().string(containsString("<p>Al menos 12 caracteres.</p>")))
                .andExpect(content().string(containsString("<p>Este campo es obligatorio.</p>")))
                .andExpect(content().string(containsString("Confirme que ha leído la política de privacidad.")))
                .andExpect(content().string(containsString("aria-describedby=\"email-error\"")))
                .andReturn();
        FieldErrors errors = (FieldErrors) result.getModelAndView().getModel().get("errors");
        assertThat(errors.byField()).containsOnlyKeys("email", "password", "passwordRepeat", "acceptTerms");
        assertThat(errors.has("displayName")).isFalse();
        RegistrationForm form = (RegistrationForm) result.getModelAndView().getModel().get("form");
        assertThat(form.displayName()).isEqualTo("Ana García");
        assertThat(form.email()).isEqualTo("ana-at-example");
        verify(accounts, never()).registerCompanyUser(anyString(), anyString(), anyString(), any());
    }

    @Test
    void differentPasswordsAreAnErrorOnTheRepeatedOne() throws Exception {
        mvc.perform(registration("fr", "ana@example.fr", "passwordRepeat", "another long password"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/register"))
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordRepeat", "account.password.mismatch"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andExpect(content().string(containsString("<p>Les deux mots de passe ne sont pas identiques.</p>")));
        verify(accounts, never()).registerCompanyUser(anyString(), anyString(), anyString(), any());
    }

    @Test
    void validInputRegistersInTheLanguageOfThePath() throws Exception {
        mvc.perform(registration("pt", "joao@example.pt"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pt/register/sent"));
        verify(accounts).registerCompanyUser("joao@example.pt", "Ana García", PASSWORD, Language.PT);
    }

    @Test
    void theTermsCheckboxAsBrowsersSendItIsAccepted() throws Exception {
        // The checkbox has no value attribute: a ticked box is posted as "on".
        mvc.perform(registration("en", "ana@example.com", "acceptTerms", "on"))
                .andExpect(redirectedUrl("/en/register/sent"));
        verify(accounts).registerCompanyUser("ana@example.com", "Ana García", PASSWORD, Language.EN);
    }

    @Test
    void theTermsMustBeAccepted() throws Exception {
        mvc.perform(registration("en", "ana@example.com", "acceptTerms", "false"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "acceptTerms"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andExpect(content().string(containsString("<p class=\"field-error\">Please confirm you have read the privacy policy.</p>")))
                .andExpect(content().string(containsString("value=\"ana@example.com\"")));
        verify(accounts, never()).registerCompanyUser(anyString(), anyString(), anyString(), any());
    }

    @Test
    void aFilledTrapFieldRegistersNothingButLooksTheSame() throws Exception {
        mvc.perform(registration("en", "robot@example.com", "website", "http://spam.example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/en/register/sent"));
        verify(accounts, never()).registerCompanyUser(anyString(), anyString(), anyString(), any());
    }

    @Test
    void theSixthRegistrationFromOneAddressWithinTheHourIsRefused() throws Exception {
        for (int i = 1; i <= RegistrationController.PER_ADDRESS_PER_HOUR; i++) {
            mvc.perform(registration("en", "person" + i + "@example.com")).andExpect(redirectedUrl("/en/register/sent"));
        }
        mvc.perform(registration("en", "person6@example.com")).andExpect(status().isTooManyRequests());
        verify(accounts, times(5)).registerCompanyUser(anyString(), anyString(), anyString(), any());
        verify(accounts, never()).registerCompanyUser(org.mockito.ArgumentMatchers.eq("person6@example.com"), anyString(), anyString(), any());

        // Another address is not held back by this one.
        mvc.perform(post("/en/register").with(csrf()).with(from("192.0.2.77"))
                        .param("displayName", "Other").param("email", "other@example.com")
                        .param("password", PASSWORD).param("passwordRepeat", PASSWORD).param("acceptTerms", "true"))
                .andExpect(redirectedUrl("/en/register/sent"));

        clock.advance(Duration.ofMinutes(61));
        mvc.perform(registration("en", "person7@example.com")).andExpect(redirectedUrl("/en/register/sent"));
    }

    @Test
    void invalidSubmissionsDoNotUseUpTheAllowance() throws Exception {
        for (int i = 0; i < RegistrationController.PER_ADDRESS_PER_HOUR + 2; i++) {
            mvc.perform(registration("en", "not an address")).andExpect(status().isOk());
        }
        mvc.perform(registration("en", "ana@example.com")).andExpect(redirectedUrl("/en/register/sent"));
        verify(accounts).registerCompanyUser("ana@example.com", "Ana García", PASSWORD, Language.EN);
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/en/register").with(from(address))
                        .param("displayName", "Ana").param("email", "ana@example.com")
                        .param("password", PASSWORD).param("passwordRepeat", PASSWORD).param("acceptTerms", "true"))
                .andExpect(status().isForbidden());
        verify(accounts, never()).registerCompanyUser(anyString(), anyString(), anyString(), any());
    }

    @Test
    void afterRegisteringPeopleAreToldToCheckTheirMail() throws Exception {
        mvc.perform(get("/fr/register/sent"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/notice"))
                .andExpect(model().attribute("messageKey", "register.sent"))
                .andExpect(content().string(containsString("<h1>Consultez vos e-mails</h1>")));
    }

    @Test
    void aGoodConfirmationLinkConfirmsTheAccount() throws Exception {
        given(accounts.confirm("good-token")).willReturn(true);

        mvc.perform(get("/es/register/confirm").param("token", "good-token"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/notice"))
                .andExpect(model().attribute("messageKey", "register.confirmed"))
                .andExpect(content().string(containsString("<h1>Cuenta confirmada</h1>")))
                .andExpect(content().string(containsString("href=\"/es/login\"")));
    }

    @Test
    void aBadOrMissingConfirmationLinkSaysSo() throws Exception {
        given(accounts.confirm(anyString())).willReturn(false);

        mvc.perform(get("/es/register/confirm").param("token", "used-or-forged"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("messageKey", "register.invalidLink"))
                .andExpect(content().string(containsString("<h1>Enlace no válido</h1>")))
                .andExpect(content().string(not(containsString("Cuenta confirmada"))));
        mvc.perform(get("/pt/register/confirm"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Ligação inválida</h1>")));
        verify(accounts).confirm("used-or-forged");
        verify(accounts).confirm("");
    }

    @Test
    @WithSignedInUser(role = Role.COMPANY_USER)
    void aSignedInPersonCannotRegisterAgain() throws Exception {
        mvc.perform(get("/en/register")).andExpect(redirectedUrl("/en/account"));
        mvc.perform(post("/en/register").with(csrf()).param("displayName", "Someone").param("email", "x@example.org")
                        .param("password", "a long enough password").param("passwordRepeat", "a long enough password")
                        .param("acceptTerms", "true"))
                .andExpect(redirectedUrl("/en/account"));
        verify(accounts, never()).registerCompanyUser(any(), any(), any(), any());
    }
}

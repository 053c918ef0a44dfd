package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.accounts.internal.SignInRecords;
import eu.cybersudoe.accounts.internal.TestAccounts;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WithSignedInUser(role = Role.COMPANY_USER)
@WebMvcTest(AccountController.class)
@org.springframework.context.annotation.Import(eu.cybersudoe.accounts.internal.PasswordStrength.class)
class AccountControllerTest {

    static final long ME = 1L;
    static final String NEW_PASSWORD = "a brand new long password";
    /** Where MockMvc's requests come from, as the password change must pass it on to be recorded. */
    static final SignInRecords.Origin FROM_HERE = new SignInRecords.Origin("127.0.0.1", "");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountService accounts;
    @MockitoBean
    AccountSignIns signIns;

    @BeforeEach
    void myAccount() {
        given(accounts.find(ME)).willReturn(Optional.of(
                TestAccounts.account("Marta.Lopez@Example.ES", "Marta López", Role.COMPANY_USER, null, Language.ES)));
        given(signIns.of(org.mockito.ArgumentMatchers.any())).willReturn(new AccountSignIns.View(false, false, 0, java.util.List.of(
                new eu.cybersudoe.accounts.internal.SignInRecords.Line(java.time.Instant.parse("2026-12-01T08:30:00Z"), null, "192.0.2.7",
                        "Firefox 140", eu.cybersudoe.accounts.internal.SignInOutcome.WRONG_PASSWORD, null)), java.util.List.of()));
    }

    @Test
    void showsTheOwnersRecentSignInsAndHowToAddASecondFactor() throws Exception {
        mvc.perform(get("/es/account"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sus inicios de sesión recientes")))
                .andExpect(content().string(containsString("Contraseña errónea")))
                .andExpect(content().string(containsString("192.0.2.7")))
                .andExpect(content().string(containsString("Firefox 140")))
                .andExpect(content().string(not(containsString("2026-12-01T08:30"))))
                .andExpect(content().string(containsString("Activar un código de un solo uso")));
    }

    @Test
    void aWeakNewPasswordIsRefusedWithTheEstimatorsFeedbackInThePageLanguage() throws Exception {
        mvc.perform(changePassword("fr", "current", "passwordpassword", "passwordpassword"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Évitez de répéter des mots et des caractères.")));
        mvc.perform(changePassword("pt", "current", "Password2024!", "Password2024!"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Parece-se com uma palavra-passe que muita gente utiliza.")))
                .andExpect(content().string(containsString("As maiúsculas quase não a tornam mais difícil de adivinhar.")));
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString(), any());
    }

    static MockHttpServletRequestBuilder changePassword(String lang, String current, String password, String repeat) {
        return post("/" + lang + "/account/password").with(csrf())
                .param("currentPassword", current).param("password", password).param("passwordRepeat", repeat);
    }

    @Test
    void showsTheAccount() throws Exception {
        mvc.perform(get("/es/account"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/account"))
                .andExpect(model().attribute("account",
                        new AccountView("marta.lopez@example.es", "Marta López", Role.COMPANY_USER, null, Language.ES)))
                .andExpect(model().attribute("form", PasswordForm.empty()))
                .andExpect(model().attribute("errors", FieldErrors.NONE))
                .andExpect(model().attribute("deleteError", (Object) null))
                .andExpect(content().string(containsString("<h1>Su cuenta</h1>")))
                .andExpect(content().string(containsString("<dd>marta.lopez@example.es</dd>")))
                .andExpect(content().string(containsString("<dd>Marta López</dd>")))
                .andExpect(content().string(containsString("<dd>Usuario de empresa</dd>")))
                .andExpect(content().string(not(containsString("<dt>Socio</dt>"))))
                .andExpect(content().string(containsString("action=\"/es/account/password\"")))
                .andExpect(content().string(containsString("action=\"/es/account/language\"")))
                .andExpect(content().string(containsString("action=\"/es/account/delete\"")))
                .andExpect(content().string(containsString("href=\"/es/account/export\"")))
                .andExpect(content().string(containsString("<option value=\"es\" selected>")))
                .andExpect(content().string(not(containsString("<option value=\"fr\" selected>"))))
                .andExpect(content().string(not(containsString("class=\"field-error\""))));
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "ciebi")
    void staffSeeTheirPartner() throws Exception {
        given(accounts.find(ME)).willReturn(Optional.of(
                TestAccounts.account("rui@ciebi.pt", "Rui Santos", Role.PARTNER_MANAGER, "ciebi", Language.PT)));

        mvc.perform(get("/pt/account"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd>Gestor de projeto do parceiro</dd>")))
                .andExpect(content().string(containsString("<dt>Parceiro</dt><dd>ciebi</dd>")))
                .andExpect(content().string(containsString("href=\"/pt/office\"")));
    }

    @Test
    void aWrongCurrentPasswordIsAnErrorOnThatField() throws Exception {
        given(accounts.changePassword(ME, "not my password", NEW_PASSWORD, FROM_HERE)).willReturn(false);

        MvcResult result = mvc.perform(changePassword("fr", "not my password", NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/account"))
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "account.password.wrong"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andExpect(flash().attributeCount(0))
                .andExpect(content().string(containsString("<p>Le mot de passe actuel est incorrect.</p>")))
                .andExpect(content().string(containsString("aria-describedby=\"currentPassword-error\"")))
                .andExpect(content().string(not(containsString(NEW_PASSWORD))))
                .andExpect(content().string(not(containsString("not my password"))))
                .andReturn();
        FieldErrors errors = (FieldErrors) result.getModelAndView().getModel().get("errors");
        assertThat(errors.byField()).containsOnlyKeys("currentPassword");
        verify(accounts).changePassword(ME, "not my password", NEW_PASSWORD, FROM_HERE);
    }

    @Test
    void differentNewPasswordsAreAnErrorOnTheRepeatedOne() throws Exception {
        mvc.perform(changePassword("en", "my current password", NEW_PASSWORD, "something else entirely"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/account"))
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordRepeat", "account.password.mismatch"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andExpect(content().string(containsString("<p>The two passwords are not the same.</p>")));
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString(), any());
    }

    @Test
    void aTooShortNewPasswordIsRefusedBeforeCheckingTheCurrentOne() throws Exception {
        mvc.perform(changePassword("en", "my current password", "short", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "Size"))
                .andExpect(model().attributeHasNoErrors("account"))
                .andExpect(content().string(containsString("<p>At least 12 characters.</p>")));
        verify(accounts, never()).changePassword(anyLong(), anyString(), anyString(), any());
    }

    @Test
    void aChangedPasswordRedirectsWithANotice() throws Exception {
        given(accounts.changePassword(ME, "my current password", NEW_PASSWORD, FROM_HERE)).willReturn(true);

        mvc.perform(changePassword("pt", "my current password", NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pt/account"))
                .andExpect(flash().attribute("notice", "account.password.changed"));
        verify(accounts).changePassword(ME, "my current password", NEW_PASSWORD, FROM_HERE);
    }

    @Test
    void theNoticeIsShownOnTheAccountPage() throws Exception {
        mvc.perform(get("/pt/account").flashAttr("notice", "account.password.changed"))
                .andExpect(content().string(containsString(
                        "<div class=\"flash success\" role=\"status\">A sua palavra-passe foi alterada.</div>")));
    }

    @Test
    void choosingALanguageSavesItAndMovesToThatLanguage() throws Exception {
        mvc.perform(post("/fr/account/language").with(csrf()).param("language", "pt"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pt/account"))
                .andExpect(flash().attribute("notice", "account.language.saved"));
        verify(accounts).chooseLanguage(ME, Language.PT);
    }

    @Test
    void anUnknownLanguageChoiceFallsBackToTheDefault() throws Exception {
        mvc.perform(post("/fr/account/language").with(csrf()).param("language", "de"))
                .andExpect(redirectedUrl("/" + Language.DEFAULT.code() + "/account"));
        verify(accounts).chooseLanguage(ME, Language.DEFAULT);
    }

    @Test
    void exportsThePersonalDataAsAJsonAttachment() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", "marta.lopez@example.es");
        data.put("displayName", "Marta López");
        data.put("role", "COMPANY_USER");
        data.put("partner", null);
        data.put("language", "es");
        given(accounts.personalData(ME)).willReturn(data);

        mvc.perform(get("/es/account/export"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"mis-datos-cybersudoe.json\"; filename*=UTF-8''mis-datos-cybersudoe.json"))
                .andExpect(jsonPath("$.email").value("marta.lopez@example.es"))
                .andExpect(jsonPath("$.displayName").value("Marta López"))
                .andExpect(jsonPath("$.role").value("COMPANY_USER"))
                .andExpect(jsonPath("$.language").value("es"));
        verify(accounts).personalData(ME);
    }

    @Test
    void aWrongPasswordDoesNotDeleteNorSignOut() throws Exception {
        given(accounts.delete(ME, "not my password")).willReturn(false);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/es/account/delete").with(csrf()).session(session).param("password", "not my password"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/account"))
                .andExpect(model().attribute("deleteError", "account.delete.wrongPassword"))
                .andExpect(model().attribute("form", PasswordForm.empty()))
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"delete-error\">La contraseña no es correcta: la cuenta no se ha eliminado.</p>")))
                .andExpect(content().string(containsString("aria-describedby=\"delete-error\"")))
                .andExpect(content().string(containsString("action=\"/es/logout\"")))
                .andExpect(flash().attributeCount(0));
        assertThat(session.isInvalid()).isFalse();
        verify(accounts).delete(ME, "not my password");
    }

    @Test
    void theRightPasswordDeletesAndSignsOut() throws Exception {
        given(accounts.delete(ME, "my password")).willReturn(true);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/fr/account/delete").with(csrf()).session(session).param("password", "my password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/fr/"))
                .andExpect(flash().attribute("notice", "account.deleted"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN)
    void everySignedInRoleHasAnAccountPage() throws Exception {
        given(accounts.find(ME)).willReturn(Optional.of(
                TestAccounts.account("admin@cybermassif.org", "Admin", Role.NETWORK_ADMIN, "cybermassif", Language.FR)));
        mvc.perform(get("/en/account"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd>Network administrator</dd>")));
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToSignInInTheirLanguage() throws Exception {
        mvc.perform(get("/pt/account"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pt/login"));
        mvc.perform(get("/es/account/export")).andExpect(redirectedUrl("/es/login"));
        mvc.perform(changePassword("fr", "x", NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/fr/login"));
        mvc.perform(post("/en/account/delete").with(csrf()).param("password", "x")).andExpect(redirectedUrl("/en/login"));
        verifyNoInteractions(accounts);
    }

    @Test
    void aSessionWhoseAccountWasDeletedIsSignedOut() throws Exception {
        given(accounts.find(ME)).willReturn(Optional.empty());
        mvc.perform(get("/en/account")).andExpect(redirectedUrl("/en/login"));
    }
}

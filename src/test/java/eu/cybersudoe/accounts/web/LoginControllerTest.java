package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.DemoAccounts;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(LoginController.class)
class LoginControllerTest {

    static final List<DemoAccounts.Listed> DEMO = List.of(
            new DemoAccounts.Listed("admin@demo.cybersudoe.eu", Role.NETWORK_ADMIN, "cybermassif", "Cybermassif"),
            new DemoAccounts.Listed("manager.ciebi@demo.cybersudoe.eu", Role.PARTNER_MANAGER, "ciebi", "CIEBI"),
            new DemoAccounts.Listed("company-user@demo.cybersudoe.eu", Role.COMPANY_USER, null, null));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DemoAccounts demo;

    @Test
    void showsTheSignInForm() throws Exception {
        mvc.perform(get("/fr/login"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/login"))
                .andExpect(model().attribute("login", new LoginView(null, null, 0L, List.of(), null)))
                .andExpect(content().string(containsString("<html lang=\"fr\">")))
                .andExpect(content().string(containsString("<h1>Connexion</h1>")))
                .andExpect(content().string(containsString("<form method=\"post\" action=\"/fr/login\">")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"lang\" value=\"fr\">")))
                .andExpect(content().string(containsString("name=\"email\" type=\"email\"")))
                .andExpect(content().string(containsString("name=\"password\" type=\"password\"")))
                .andExpect(content().string(matchesPattern("(?s).*<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">.*")))
                .andExpect(content().string(containsString("href=\"/fr/password/forgot\"")))
                .andExpect(content().string(containsString("href=\"/fr/register\"")))
                .andExpect(content().string(not(containsString("role=\"alert\""))))
                .andExpect(content().string(not(containsString("Comptes de démonstration"))));
    }

    @Test
    void theFormPostsTheLanguageOfThePage() throws Exception {
        mvc.perform(get("/pt/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Iniciar sessão</h1>")))
                .andExpect(content().string(containsString("action=\"/pt/login\"")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"lang\" value=\"pt\">")));
    }

    @Test
    void showsWhyTheLastAttemptFailedAndKeepsTheAddress() throws Exception {
        mvc.perform(get("/es/login")
                        .flashAttr("loginError", "login.error.bad")
                        .flashAttr("email", "ana@example.es"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("login", new LoginView("ana@example.es", "login.error.bad", 0L, List.of(), null)))
                .andExpect(content().string(containsString(
                        "<div class=\"flash error\" role=\"alert\">La dirección de correo electrónico o la contraseña no son correctas.</div>")))
                .andExpect(content().string(containsString("value=\"ana@example.es\"")));
    }

    @Test
    void saysHowLongToWaitAfterTooManyFailures() throws Exception {
        mvc.perform(get("/en/login")
                        .flashAttr("loginError", "login.error.throttled")
                        .flashAttr("waitMinutes", 15L))
                .andExpect(status().isOk())
                .andExpect(model().attribute("login", new LoginView(null, "login.error.throttled", 15L, List.of(), null)))
                .andExpect(content().string(containsString(
                        "Too many failed attempts. Please wait 15 minutes before trying again.")));
        mvc.perform(get("/fr/login")
                        .flashAttr("loginError", "login.error.throttled")
                        .flashAttr("waitMinutes", 3L))
                .andExpect(content().string(containsString("Veuillez attendre 3 minutes avant de réessayer.")));
        mvc.perform(get("/pt/login")
                        .flashAttr("loginError", "login.error.throttled")
                        .flashAttr("waitMinutes", 1L))
                .andExpect(content().string(containsString("Aguarde 1 minuto antes de tentar novamente.")));
    }

    @Test
    void listsTheDemoAccountsOnlyInDemoMode() throws Exception {
        given(demo.enabled()).willReturn(true);
        given(demo.listing()).willReturn(DEMO);

        mvc.perform(get("/es/login"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("login", new LoginView(null, null, 0L, DEMO, DemoAccounts.PASSWORD)))
                .andExpect(content().string(containsString("<h2 id=\"demo-title\">Cuentas de demostración</h2>")))
                .andExpect(content().string(containsString("utilizan la contraseña " + DemoAccounts.PASSWORD)))
                .andExpect(content().string(containsString(
                        "<tr><td>manager.ciebi@demo.cybersudoe.eu</td><td>Jefe de proyecto del socio</td><td>CIEBI</td></tr>")))
                .andExpect(content().string(containsString(
                        "<tr><td>company-user@demo.cybersudoe.eu</td><td>Usuario de empresa</td><td></td></tr>")));
    }

    @Test
    void outsideDemoModeNeitherAccountsNorPasswordAreShown() throws Exception {
        given(demo.enabled()).willReturn(false);
        given(demo.listing()).willReturn(DEMO);

        mvc.perform(get("/en/login"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("login", new LoginView(null, null, 0L, List.of(), null)))
                .andExpect(content().string(not(containsString("Demo accounts"))))
                .andExpect(content().string(not(containsString(DemoAccounts.PASSWORD))))
                .andExpect(content().string(not(containsString("admin@demo.cybersudoe.eu"))));
        verify(demo, never()).listing();
    }

    @Test
    @WithSignedInUser(role = Role.COMPANY_USER)
    void aSignedInPersonIsSentToTheirAccount() throws Exception {
        mvc.perform(get("/pt/login"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pt/account"));
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "ciebi")
    void aSignedInStaffMemberIsSentToTheBackOffice() throws Exception {
        mvc.perform(get("/en/login")).andExpect(redirectedUrl("/en/office"));
    }

    @Test
    void anUnknownLanguageIsNotFound() throws Exception {
        mvc.perform(get("/it/login")).andExpect(status().isNotFound());
    }
}

package eu.cybersudoe.portal.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(LegalController.class)
class LegalControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theLegalNoticeIsInTheLanguageOfItsPath() throws Exception {
        mvc.perform(get("/fr/legal"))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/legal"))
                .andExpect(content().string(containsString("<html lang=\"fr\">")))
                .andExpect(content().string(containsString("<h1>Mentions légales</h1>")))
                .andExpect(content().string(containsString("<title>Mentions légales · CyberSudoe</title>")));
        mvc.perform(get("/en/legal"))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/legal"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("<h1>Legal notice</h1>")))
                .andExpect(content().string(containsString("<h2>Publisher</h2>")))
                .andExpect(content().string(not(containsString("Mentions légales"))));
    }

    @Test
    void thePrivacyPolicyIsInTheLanguageOfItsPath() throws Exception {
        mvc.perform(get("/es/privacy"))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/privacy"))
                .andExpect(content().string(containsString("<html lang=\"es\">")))
                .andExpect(content().string(containsString("<h1>Política de privacidad</h1>")));
        mvc.perform(get("/pt/privacy"))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/privacy"))
                .andExpect(content().string(containsString("<html lang=\"pt\">")))
                .andExpect(content().string(containsString("<h1>Política de privacidade</h1>")))
                .andExpect(content().string(containsString("hreflang=\"en\" href=\"http://localhost/en/privacy\"")));
    }

    @Test
    void anonymousVisitorsAreNotSentToSignIn() throws Exception {
        mvc.perform(get("/en/privacy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/en/login\"")))
                .andExpect(content().string(not(containsString("action=\"/en/logout\""))));
        mvc.perform(get("/en/legal")).andExpect(status().isOk());
    }

    @Test
    @WithSignedInUser(role = Role.COMPANY_USER)
    void signedInPeopleOfAnyRoleSeeThemToo() throws Exception {
        mvc.perform(get("/en/legal"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Legal notice</h1>")))
                .andExpect(content().string(containsString("action=\"/en/logout\"")));
    }

    @Test
    void anUnknownLanguageIsNotFound() throws Exception {
        mvc.perform(get("/de/legal")).andExpect(status().isNotFound());
        mvc.perform(get("/xx/privacy")).andExpect(status().isNotFound());
    }
}

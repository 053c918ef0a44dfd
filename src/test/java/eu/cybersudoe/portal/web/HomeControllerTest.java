package eu.cybersudoe.portal.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({HomeController.class, RootController.class})
class HomeControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void rootRedirectsByAcceptLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.5"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/pt/"));
        mvc.perform(get("/").header("Accept-Language", "de-DE")).andExpect(redirectedUrl("/en/"));
        mvc.perform(get("/").header("Accept-Language", "es-AR,es;q=0.8")).andExpect(redirectedUrl("/es/"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/en/"));
    }

    @Test
    void homeIsInTheLanguageOfItsPath() throws Exception {
        mvc.perform(get("/fr/"))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/home"))
                .andExpect(content().string(containsString("<html lang=\"fr\">")))
                .andExpect(content().string(containsString("Le numérique pour toutes les petites entreprises")))
                .andExpect(content().string(containsString("hreflang=\"pt\" href=\"http://localhost/pt/\"")))
                .andExpect(content().string(containsString("hreflang=\"x-default\"")));
        mvc.perform(get("/es")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"es\">")));
    }

    @Test
    void unknownLanguageIsNotFound() throws Exception {
        mvc.perform(get("/de/")).andExpect(status().isNotFound());
    }
}

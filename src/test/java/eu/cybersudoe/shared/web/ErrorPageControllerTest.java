package eu.cybersudoe.shared.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ErrorPageController.class)
class ErrorPageControllerTest {

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder errorFor(int status, String originalUri) {
        return get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, originalUri);
    }

    @Test
    void notFoundIsInTheLanguageOfTheOriginalAddress() throws Exception {
        mvc.perform(errorFor(404, "/es/nothing"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("layout/error"))
                .andExpect(model().attribute("status", 404))
                .andExpect(model().attribute("messageKey", "error.notFound"))
                .andExpect(content().string(containsString("<html lang=\"es\">")))
                .andExpect(content().string(containsString("<h1>Página no encontrada</h1>")))
                .andExpect(content().string(containsString("Código de error: 404")))
                .andExpect(content().string(containsString("href=\"/es/\"")))
                .andExpect(content().string(not(containsString("Page not found"))));
        mvc.perform(errorFor(404, "/fr/nulle-part"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<html lang=\"fr\">")))
                .andExpect(content().string(containsString("<h1>Page introuvable</h1>")));
    }

    @Test
    void theLanguageSwitcherPointsAtTheOriginalPage() throws Exception {
        mvc.perform(errorFor(404, "/es/nothing"))
                .andExpect(content().string(containsString("href=\"/pt/nothing\"")))
                .andExpect(content().string(containsString("href=\"/en/nothing\"")));
    }

    @Test
    void forbiddenTooManyAndBadRequestHaveTheirOwnTitles() throws Exception {
        mvc.perform(errorFor(403, "/es/office"))
                .andExpect(status().isForbidden())
                .andExpect(model().attribute("messageKey", "error.forbidden"))
                .andExpect(content().string(containsString("<h1>Acceso denegado</h1>")))
                .andExpect(content().string(containsString("Código de error: 403")));
        mvc.perform(errorFor(429, "/es/register"))
                .andExpect(status().isTooManyRequests())
                .andExpect(model().attribute("messageKey", "error.tooMany"))
                .andExpect(content().string(containsString("<h1>Demasiadas solicitudes</h1>")));
        mvc.perform(errorFor(400, "/pt/register"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attribute("messageKey", "error.badRequest"))
                .andExpect(content().string(containsString("<html lang=\"pt\">")))
                .andExpect(content().string(containsString("<h1>Pedido não compreendido</h1>")));
        // Any other client error is a request not understood too.
        mvc.perform(errorFor(405, "/en/legal"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(model().attribute("messageKey", "error.badRequest"))
                .andExpect(content().string(containsString("<h1>Request not understood</h1>")));
    }

    @Test
    void aServerErrorShowsNothingOfTheFailure() throws Exception {
        IllegalStateException failure = new IllegalStateException("jdbc:postgresql://db/secret password=hunter2");
        mvc.perform(errorFor(500, "/es/network")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, failure.getMessage()))
                .andExpect(status().isInternalServerError())
                .andExpect(view().name("layout/error"))
                .andExpect(model().attribute("messageKey", "error.generic"))
                .andExpect(model().attributeDoesNotExist("exception", "trace", "message"))
                .andExpect(content().string(containsString("<h1>Se ha producido un error</h1>")))
                .andExpect(content().string(containsString("Código de error: 500")))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at eu.cybersudoe"))))
                .andExpect(content().string(not(containsString("at org.springframework"))));
    }

    @Test
    void withoutAStatusTheErrorAddressIsAPageThatDoesNotExist() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/pt/somewhere"))
                .andExpect(status().isNotFound())
                .andExpect(model().attribute("status", 404))
                .andExpect(content().string(containsString("<h1>Página não encontrada</h1>")));
    }

    @Test
    void aFormRefusedForItsTokenIsOfferedAgainWithoutThePassword() throws Exception {
        mvc.perform(errorFor(403, "/fr/account/password").requestAttr(ExpiredForm.ATTRIBUTE, true)
                        .param("_csrf", "old").param("currentPassword", "secret-typed").param("note", "gardé"))
                .andExpect(status().isForbidden())
                .andExpect(view().name("layout/expired"))
                .andExpect(content().string(containsString("<h1>Votre session a expiré</h1>")))
                .andExpect(content().string(not(containsString("secret-typed"))))
                .andExpect(content().string(not(containsString("Envoyer à nouveau"))));
        mvc.perform(errorFor(403, "/fr/conferences/3/register").requestAttr(ExpiredForm.ATTRIBUTE, true)
                        .param("_csrf", "old").param("lastName", "Durand"))
                .andExpect(content().string(containsString("name=\"lastName\" value=\"Durand\"")))
                .andExpect(content().string(containsString("Envoyer à nouveau")))
                .andExpect(content().string(not(containsString("value=\"old\""))));
    }

    @Test
    void withoutAnOriginalAddressTheBrowserLanguageIsUsed() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<html lang=\"fr\">")))
                .andExpect(content().string(containsString("<h1>Page introuvable</h1>")));
    }
}

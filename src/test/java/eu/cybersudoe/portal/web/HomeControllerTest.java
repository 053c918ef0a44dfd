package eu.cybersudoe.portal.web;

import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.monitoring.PartnerTargetRule;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
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
    @MockitoBean
    Network network;
    @MockitoBean
    Monitoring monitoring;

    @BeforeEach
    void programme() {
        Partner lead = new Partner(new PartnerId("cybermassif"), "Cybermassif", "Cybermassif", Country.FR, "Clermont-Ferrand",
                null, true, "GT1", List.of("FRK1"), LocalizedText.of(Language.FR, "Chef de file"));
        given(network.partners()).willReturn(List.of(lead));
        given(network.themes(false)).willReturn(List.of(new Theme("security", Theme.Kind.GENERAL,
                new LocalizedText(Map.of(Language.FR, "Sécurité des systèmes d'information", Language.EN, "Information-system security"), Language.FR),
                "security.svg", true, 3)));
        Indicator conferences = new Indicator("conferences-held", Indicator.Kind.OUTPUT, Indicator.Unit.COUNT, "GT4",
                new LocalizedText(Map.of(Language.FR, "réunions de sensibilisation tenues"), Language.FR),
                LocalizedText.of(Language.FR, "Réunions closes avec émargement"), new BigDecimal(180), null,
                PartnerTargetRule.none(), false);
        given(monitoring.indicator(anyString())).willReturn(Optional.empty());
        given(monitoring.indicator("conferences-held")).willReturn(Optional.of(conferences));
    }

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
                .andExpect(content().string(containsString("<strong>180</strong> réunions de sensibilisation tenues")))
                .andExpect(content().string(containsString("Sécurité des systèmes d'information")))
                .andExpect(content().string(containsString("href=\"/fr/network/cybermassif\"")))
                .andExpect(content().string(containsString("hreflang=\"pt\" href=\"http://localhost/pt/\"")))
                .andExpect(content().string(containsString("hreflang=\"x-default\"")));
        mvc.perform(get("/es")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"es\">")))
                .andExpect(content().string(containsString("<span lang=\"fr\">réunions de sensibilisation tenues</span>")))
                .andExpect(content().string(containsString("Aún no disponible en su idioma")));
    }

    @Test
    void unknownLanguageIsNotFound() throws Exception {
        mvc.perform(get("/de/")).andExpect(status().isNotFound());
    }
}

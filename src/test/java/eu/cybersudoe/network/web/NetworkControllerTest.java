package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerTargets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(NetworkController.class)
class NetworkControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Network network;

    @MockitoBean
    PartnerTargets targets;

    @BeforeEach
    void aSmallNetwork() {
        NetworkFixtures.stub(network);
        when(targets.of(any())).thenReturn(NetworkFixtures.TARGETS);
    }

    @Test
    void theDirectoryGroupsPartnersByCountry() throws Exception {
        MvcResult result = mvc.perform(get("/en/network"))
                .andExpect(status().isOk())
                .andExpect(view().name("network/directory"))
                .andExpect(model().attributeExists("directory"))
                .andExpect(content().string(containsString("<h2 id=\"country-fr\">France</h2>")))
                .andExpect(content().string(containsString("<h2 id=\"country-pt\">Portugal</h2>")))
                .andExpect(content().string(containsString("href=\"/en/network/transferts-lr\"")))
                .andExpect(content().string(containsString("<li>Languedoc-Roussillon</li>")))
                .andExpect(content().string(not(containsString("FRJ1"))))
                .andExpect(content().string(containsString("The 3 support structures of the network")))
                .andExpect(content().string(not(containsString("<h2 id=\"country-es\">"))))
                .andReturn();
        DirectoryPage directory = (DirectoryPage) result.getModelAndView().getModel().get("directory");
        assertThat(directory.countries()).extracting(DirectoryPage.CountrySection::country).extracting(Enum::name).containsExactly("FR", "PT");
        assertThat(directory.countries().getFirst().partners()).extracting(s -> s.partner().id()).containsExactly(
                NetworkFixtures.CYBERMASSIF, NetworkFixtures.TRANSFERTS);
        assertThat(directory.countries().getFirst().partners().getFirst().workPackage()).isEqualTo(NetworkFixtures.GT1);
        assertThat(directory.partnerCount()).isEqualTo(3);
    }

    @Test
    void theDirectoryIsInThePageLanguage() throws Exception {
        mvc.perform(get("/fr/network"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"fr\">")))
                .andExpect(content().string(containsString("Chef de file")))
                .andExpect(content().string(containsString("Gestion et pilotage du projet")));
    }

    @Test
    void aPartnerPageShowsItsFacts() throws Exception {
        MvcResult result = mvc.perform(get("/en/network/cybermassif"))
                .andExpect(status().isOk())
                .andExpect(view().name("network/partner"))
                .andExpect(model().attributeExists("partnerPage"))
                .andExpect(content().string(containsString("<h1>Cybermassif</h1>")))
                .andExpect(content().string(containsString("<a href=\"https://www.cybermassif.org\" rel=\"noopener\">www.cybermassif.org</a>")))
                .andExpect(content().string(containsString("Also covered by Transferts LR; requests from this region go to Transferts LR.")))
                .andExpect(content().string(containsString("<strong>100</strong> companies accompanied")))
                .andExpect(content().string(containsString("href=\"/en/work-packages#gt1\"")))
                .andReturn();
        PartnerPage page = (PartnerPage) result.getModelAndView().getModel().get("partnerPage");
        assertThat(page.regions()).extracting(r -> r.region().code()).containsExactly("FRK1", "FRJ1");
        assertThat(page.regions().get(1).answeredBy()).isEqualTo(NetworkFixtures.SECOND);
        assertThat(page.targets()).isEqualTo(NetworkFixtures.TARGETS);
    }

    @Test
    void aDescriptionMissingInTheLanguageIsMarked() throws Exception {
        mvc.perform(get("/en/network/ciebi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span lang=\"pt\">Apoio às empresas inovadoras</span>")))
                .andExpect(content().string(containsString("<span class=\"fallback-marker\">Not yet available in your language: shown in Português.</span>")));
    }

    @Test
    void anUnknownPartnerIsNotFound() throws Exception {
        mvc.perform(get("/en/network/nobody"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("network/partner-not-found"))
                .andExpect(content().string(containsString("Partner not found")));
        mvc.perform(get("/pt/network/Not_An_Id"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("network/partner-not-found"))
                .andExpect(content().string(containsString("Parceiro não encontrado")));
    }

    @Test
    void anUnknownLanguageIsNotFound() throws Exception {
        mvc.perform(get("/de/network")).andExpect(status().isNotFound());
    }
}

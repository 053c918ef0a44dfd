package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Network;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ThemesController.class)
class ThemesControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Network network;

    @BeforeEach
    void aSmallNetwork() {
        NetworkFixtures.stub(network);
    }

    @Test
    void showsGeneralAndSectoralThemesWithPictograms() throws Exception {
        MvcResult result = mvc.perform(get("/es/themes"))
                .andExpect(status().isOk())
                .andExpect(view().name("network/themes"))
                .andExpect(content().string(containsString("<h2 id=\"themes-general\">Temáticas generales</h2>")))
                .andExpect(content().string(containsString("<img class=\"pictogram\" src=\"/img/themes/security.svg\" alt=\"\" width=\"48\" height=\"48\">")))
                .andExpect(content().string(containsString("Sécurité des systèmes d'information (es)")))
                .andExpect(content().string(containsString("<span lang=\"fr\">Tourisme</span>")))
                .andReturn();
        ThemesPage themes = (ThemesPage) result.getModelAndView().getModel().get("themes");
        assertThat(themes.general()).containsExactly(NetworkFixtures.SECURITY);
        assertThat(themes.sectoral()).containsExactly(NetworkFixtures.TOURISM);
        verify(network).themes(false);
    }
}

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(WorkPackagesController.class)
class WorkPackagesControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Network network;

    @BeforeEach
    void aSmallNetwork() {
        NetworkFixtures.stub(network);
    }

    @Test
    void showsTheBudgetLinesTheirSumAndTheDeclaredTotal() throws Exception {
        MvcResult result = mvc.perform(get("/en/work-packages"))
                .andExpect(status().isOk())
                .andExpect(view().name("network/work-packages"))
                .andExpect(content().string(containsString("<th scope=\"col\" class=\"number\">Budget</th>")))
                .andExpect(content().string(containsString("<tr id=\"gt1\">")))
                .andExpect(content().string(containsString("<a href=\"/en/network/cybermassif\">Cybermassif</a>")))
                .andExpect(content().string(containsString("236,599 €")))
                .andExpect(content().string(containsString("1,048,467 €")))
                .andExpect(content().string(containsString("1,048,468 €")))
                .andExpect(content().string(containsString("The application file declares a total of 1,048,468 €, which is 1 € more")))
                .andReturn();
        WorkPackagesPage page = (WorkPackagesPage) result.getModelAndView().getModel().get("workPackages");
        assertThat(page.lines()).hasSize(3);
        assertThat(page.lines().getFirst().coPilot()).isNull();
        assertThat(page.lines().get(2).coPilot()).isEqualTo(NetworkFixtures.PORTUGUESE);
        assertThat(page.difference()).isEqualTo("higher");
    }

    @Test
    void formatsAmountsInThePageLanguage() throws Exception {
        mvc.perform(get("/fr/work-packages"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Total déclaré dans le dossier de candidature")))
                .andExpect(content().string(containsString("un écart d'arrondi")));
    }
}

package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.Assessment.CompanyContext;
import eu.cybersudoe.diagnostics.internal.DiagnosticsOffice;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Partner staff see how many assessments were completed for their partner; network admins also the network's. */
@SpringBootTest
@AutoConfigureMockMvc
class DiagnosticsOfficeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DiagnosticsService diagnostics;
    @Autowired
    DiagnosticsOffice office;
    @MockitoBean
    Mailer mailer;

    @Test
    void anAssessmentCountsForThePartnerAnsweringForItsRegionOnly() {
        long cybermassif = office.completedByQuestionnaire("cybermassif").getOrDefault("security", 0L);
        long leitat = office.completedByQuestionnaire("leitat").getOrDefault("security", 0L);
        long network = office.completedByQuestionnaire(null).getOrDefault("security", 0L);
        var opened = diagnostics.start("security", Language.FR, null).opened();
        diagnostics.saveContext(opened, new CompanyContext(null, null, "FRK1"));
        diagnostics.complete(diagnostics.byId(opened.assessment().id()).orElseThrow());
        // Started but not completed: not counted.
        diagnostics.start("security", Language.FR, null);

        assertThat(office.completedByQuestionnaire("cybermassif")).containsEntry("security", cybermassif + 1);
        assertThat(office.completedByQuestionnaire("leitat").getOrDefault("security", 0L)).isEqualTo(leitat);
        assertThat(office.completedByQuestionnaire(null)).containsEntry("security", network + 1);
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "leitat")
    void aPartnerManagerSeesTheirPartnersColumnOnly() throws Exception {
        String page = mvc.perform(get("/fr/office/diagnostics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Diagnostics réalisés").contains("Partenaire LEITAT").doesNotContain(">Réseau<")
                .contains("Sécurité de votre système d'information");
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN, partner = "cybermassif")
    void aNetworkAdminAlsoSeesTheNetwork() throws Exception {
        String page = mvc.perform(get("/es/office/diagnostics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Socio Cybermassif").contains(">Red<");
    }

    @Test
    @WithSignedInUser(role = Role.ADVISOR)
    void advisorsDoNotSeeThePage() throws Exception {
        mvc.perform(get("/fr/office/diagnostics")).andExpect(status().isForbidden());
    }
}

package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.diagnostics.DiagnosticsTestData;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.diagnostics.internal.RetakeInvitationStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The result page's follow-up (peers, progress, reminder) and the back-office aggregates and list, through the web. */
@DatabaseTest
@AutoConfigureMockMvc
class FollowUpPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DiagnosticsService diagnostics;
    @Autowired
    RetakeInvitationStore invitations;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    CompanyUsers companyUsers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCompanyUserSeesProgressAndPlansAReminderThatOthersCannotPlan() throws Exception {
        CompanyId company = DiagnosticsTestData.company(registry);
        long account = DiagnosticsTestData.account(jdbc);
        companyUsers.linkCreator(account, Role.COMPANY_USER, company);
        SignedInUser owner = new SignedInUser(account, "owner-" + UUID.randomUUID() + "@example.org", "Owner", Role.COMPANY_USER,
                null, Language.FR, true, "x");
        take(owner, "no");
        String token = take(owner, "yes");

        String page = mvc.perform(get("/fr/diagnostics/a/" + token + "/result").with(user(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vos progrès depuis votre premier diagnostic")
                .contains("Activer la double authentification sur la messagerie et la banque")
                .contains("Comparaison avec d'autres entreprises").contains("Programmer le rappel");

        mvc.perform(post("/fr/diagnostics/a/" + token + "/remind").param("months", "5").with(csrf()).with(user(owner)))
                .andExpect(status().is3xxRedirection());
        assertThat(invitations.pending(company)).isEmpty();
        mvc.perform(post("/fr/diagnostics/a/" + token + "/remind").param("months", "6").with(csrf()).with(user(owner)))
                .andExpect(status().is3xxRedirection());
        assertThat(invitations.pending(company)).singleElement().satisfies(invitation -> {
            assertThat(invitation.email()).isEqualTo(owner.getUsername());
            assertThat(invitation.questionnaire()).isEqualTo("security");
        });

        SignedInUser advisor = new SignedInUser(DiagnosticsTestData.account(jdbc), "advisor@example.org", "Advisor",
                Role.ADVISOR, "cybermassif", Language.FR, true, "x");
        assertThat(mvc.perform(get("/fr/office/companies/" + company.value() + "/diagnostics").with(user(advisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Invitations à refaire un diagnostic").contains("assessment:").contains(owner.getUsername());

        SignedInUser stranger = new SignedInUser(DiagnosticsTestData.account(jdbc), "stranger@example.org",
                "Stranger", Role.PARTNER_MANAGER, "ceei-burgos", Language.ES, true, "x");
        mvc.perform(post("/es/diagnostics/a/" + token + "/remind").param("months", "6").with(csrf()).with(user(stranger)))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/es/diagnostics/a/" + token + "/result").with(user(stranger)))
                .andReturn().getResponse().getContentAsString()).doesNotContain("Programar el recordatorio");
        assertThat(invitations.pending(company)).hasSize(1);
    }

    @Test
    void staffExportAggregatesAndListTheirCompaniesAssessments() throws Exception {
        SignedInUser manager = new SignedInUser(DiagnosticsTestData.account(jdbc), "m@example.org",
                "Manager", Role.PARTNER_MANAGER, "cybermassif", Language.EN, true, "x");
        String page = mvc.perform(get("/en/office/diagnostics/aggregates").param("questionnaire", "commerce").param("by", "sector")
                        .with(user(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Aggregated results").contains("fewer than 10 companies");
        String csv = mvc.perform(get("/en/office/diagnostics/aggregates.csv").param("questionnaire", "commerce").with(user(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Questionnaire,Region,Sector,Size,Companies,Mean score");

        String list = mvc.perform(get("/en/office/diagnostics/assessments").param("page", "x").with(user(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Your companies' diagnostics").contains("partner Cybermassif brought");
    }

    private String take(SignedInUser owner, String mfa) {
        var started = diagnostics.start("security", Language.FR, owner);
        var opened = started.opened();
        diagnostics.saveAnswers(opened, opened.questionnaire().dimension("access").orElseThrow(), Map.of("mfa", mfa));
        diagnostics.complete(diagnostics.byId(opened.assessment().id()).orElseThrow());
        return started.token();
    }
}

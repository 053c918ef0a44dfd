package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.companies.CompanyActivityRecorded;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Partner staff fill in a questionnaire with a company their partner knows; the assessment is linked to it. */
@DatabaseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CompanyDiagnosticsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    DiagnosticsService diagnostics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @MockitoBean
    Mailer mailer;

    @Test
    void anAdvisorOfThePartnerStartsOneLinkedToTheCompanyWhichCountsForTheirPartner() throws Exception {
        // A Bordeaux company brought by Cybermassif: its region belongs to another partner.
        CompanyId company = company("33000");
        SignedInUser advisor = staff(Role.ADVISOR, "cybermassif");
        String companyPage = mvc.perform(get("/fr/office/companies/" + company.value()).with(user(advisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(companyPage).contains("href=\"/fr/office/companies/" + company.value() + "/diagnostics\"")
                .contains("Diagnostics avec l'entreprise");

        mvc.perform(post("/fr/office/companies/" + company.value() + "/diagnostics/security/start").with(csrf()).with(user(advisor)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/fr/diagnostics/a/*/context"));

        Map<String, Object> row = jdbc.sql("select * from assessment where organisation_id = ?").param(company.value())
                .query().singleRow();
        assertThat(row.get("partner_id")).isEqualTo("cybermassif");
        assertThat(((Number) row.get("account_id")).longValue()).isEqualTo(advisor.accountId());
        assertThat(row.get("region")).isEqualTo("FRI1");
        assertThat(row.get("questionnaire_code")).isEqualTo("security");

        String page = mvc.perform(get("/fr/office/companies/" + company.value() + "/diagnostics").with(user(advisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sécurité de votre système d'information").contains("En cours")
                .contains("/fr/diagnostics/mine/" + row.get("id") + "/resume");

        // Completed, it stays with the advisor's partner and goes on the company's timeline.
        var done = diagnostics.complete(diagnostics.byId(((Number) row.get("id")).longValue()).orElseThrow());
        assertThat(done.assessment().partnerId()).isEqualTo("cybermassif");
        assertThat(events.stream(CompanyActivityRecorded.class)).anySatisfy(e -> {
            assertThat(e.company()).isEqualTo(company);
            assertThat(e.kind()).isEqualTo(DiagnosticsService.COMPLETED_ACTIVITY);
            assertThat(e.partnerId()).isEqualTo("cybermassif");
        });
    }

    @Test
    void staffOfAnotherPartnerAndCompanyUsersAreRefused() throws Exception {
        CompanyId company = company("63000");
        for (SignedInUser stranger : List.of(staff(Role.ADVISOR, "ceei-burgos"), staff(Role.PARTNER_MANAGER, "leitat"),
                staff(Role.COMPANY_USER, null))) {
            mvc.perform(post("/es/office/companies/" + company.value() + "/diagnostics/security/start").with(csrf())
                    .with(user(stranger))).andExpect(status().isForbidden());
            mvc.perform(get("/es/office/companies/" + company.value() + "/diagnostics").with(user(stranger)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from assessment where organisation_id = ?").param(company.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNetworkAdminMayStartOneForAnyCompany() throws Exception {
        CompanyId company = company("63000");
        mvc.perform(post("/pt/office/companies/" + company.value() + "/diagnostics/digital-maturity/start").with(csrf())
                        .with(user(staff(Role.NETWORK_ADMIN, "leitat"))))
                .andExpect(status().is3xxRedirection());
        assertThat(diagnostics.ofCompany(company)).singleElement()
                .satisfies(a -> assertThat(a.questionnaire()).isEqualTo("digital-maturity"));
        mvc.perform(post("/pt/office/companies/" + company.value() + "/diagnostics/unknown/start").with(csrf())
                        .with(user(staff(Role.NETWORK_ADMIN, "leitat"))))
                .andExpect(status().isNotFound());
    }

    private SignedInUser staff(Role role, String partner) {
        String email = UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, display_name, password_hash, role, partner_id, language, created_at) "
                        + "values (?, 'Staff', '{noop}x', ?, ?, 'fr', current_timestamp)")
                .params(email, role.name(), partner).update();
        long id = jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
        return new SignedInUser(id, email, "Staff", role, partner, Language.FR, true, "{noop}x");
    }

    private CompanyId company(String postcode) {
        NewOrganisation organisation = new NewOrganisation(OrganisationKind.COMPANY, "Entreprise " + UUID.randomUUID(), null,
                Country.FR, null, null, postcode, null, null, 3, null, 2020, false, null, List.of("test"));
        return ((Registration.Registered) registry.register(organisation, "cybermassif")).id();
    }
}

package eu.cybersudoe.conferences;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.StaffSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member of an associated structure proposes an event; it waits as a draft of the sponsoring
 * partner, off the agenda, until that partner's manager reviews and publishes it.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ProposalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssociatedStructuresEventIsPublishedAfterItsSponsorReviewedIt() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession member = associatedMember(unique);
        String title = "Atelier cybersécurité " + unique;

        mvc.perform(get("/fr/office/proposals").session(member)).andExpect(content().string(containsString("Cybermassif relit")));
        mvc.perform(event(post("/fr/office/proposals/new").session(member), "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/fr/office/proposals/new\"")));
        mvc.perform(event(post("/fr/office/proposals/new").session(member), title)).andExpect(redirectedUrl("/fr/office/proposals"));
        mvc.perform(get("/fr/office/proposals").session(member))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("En attente de relecture par le partenaire")));
        long id = jdbc.sql("select id from conference where proposed_by_organisation is not null and title like ?")
                .param("%" + unique + "%").query(Long.class).single();
        assertThat(jdbc.sql("select partner_id || ' ' || status from conference where id = ?").param(id).query(String.class).single())
                .isEqualTo("cybermassif DRAFT");
        mvc.perform(get("/fr/conferences")).andExpect(content().string(not(containsString(title))));

        MockHttpSession other = StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "ciebi", "Autre", Language.FR);
        mvc.perform(post("/fr/office/conferences/" + id + "/publish").session(other).with(csrf())).andExpect(status().isForbidden());

        MockHttpSession sponsor = StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "cybermassif", "Parrain", Language.FR);
        mvc.perform(get("/fr/office/conferences/" + id).session(sponsor))
                .andExpect(content().string(containsString("Proposé par la structure associée Réseau d'appui " + unique)));
        mvc.perform(post("/fr/office/conferences/" + id + "/publish").session(sponsor).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fr/office/proposals").session(member)).andExpect(content().string(containsString("Publié dans l")));
        mvc.perform(get("/fr/office/proposals").session(sponsor)).andExpect(status().isForbidden());
        mvc.perform(get("/fr/office/proposals").session(StaffSessions.signedIn(mvc, accounts, Role.ASSOCIATED_STRUCTURE, null, "Seul", Language.FR)))
                .andExpect(content().string(containsString("Pas encore de structure associée")));
    }

    private MockHttpServletRequestBuilder event(MockHttpServletRequestBuilder post, String title) {
        return post.with(csrf()).param("kind", "WORKSHOP").param("sourceLanguage", "fr").param("title[fr]", title)
                .param("description[fr]", "Un atelier pour les entreprises du territoire.").param("themes", "security")
                .param("languages", "fr").param("format", "ONLINE").param("onlineLink", "https://visio.example.org/atelier")
                .param("country", "FR").param("zone", "Europe/Paris").param("day", LocalDate.now().plusDays(30).toString())
                .param("startTime", "10:00").param("endTime", "12:00").param("capacity", "40");
    }

    /** A member of a support structure associated with the network and sponsored by Cybermassif, signed in. */
    private MockHttpSession associatedMember(String unique) throws Exception {
        long structure = ((Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.SUPPORT_STRUCTURE,
                "Réseau d'appui " + unique, null, Country.FR, null, null, "63000", "Clermont-Ferrand", null, 5, null, 2010, false, null,
                List.of()), "cybermassif")).id().value();
        jdbc.sql("insert into organisation_association (organisation_id, sponsor_partner_id, associated_at) values (?, 'cybermassif', current_timestamp)")
                .param(structure).update();
        MockHttpSession session = StaffSessions.signedIn(mvc, accounts, Role.ASSOCIATED_STRUCTURE, null, "Membre", Language.FR);
        long account = jdbc.sql("select max(id) from account where role = 'ASSOCIATED_STRUCTURE'").query(Long.class).single();
        jdbc.sql("""
                insert into company_user_link (account_id, organisation_id, status, created_company, requested_at, decided_at,
                    decided_by_partner) values (?, ?, 'APPROVED', false, current_timestamp, current_timestamp, 'cybermassif')""")
                .params(account, structure).update();
        return session;
    }
}

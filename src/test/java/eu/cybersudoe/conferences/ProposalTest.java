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
import eu.cybersudoe.testing.OutboxMails;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxMessage;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member of an associated structure proposes an event; it waits as a draft of the sponsoring
 * partner, off the agenda, until that partner's manager reviews and publishes it, or refuses it
 * with a reason its author receives; the sponsor's staff are told of each proposal by e-mail.
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
    @Autowired
    Outbox outbox;

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

    @Test
    void theSponsorsStaffAreToldOfAProposalAndMayRefuseItWithAReasonMailedToItsAuthor() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession sponsor = StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "cybermassif", "Patrocinio " + unique,
                Language.ES);
        MockHttpSession member = associatedMember(unique);
        String title = "Taller " + unique;
        mvc.perform(event(post("/fr/office/proposals/new").session(member), title)).andExpect(redirectedUrl("/fr/office/proposals"));
        long id = jdbc.sql("select id from conference where title like ?").param("%" + unique + "%").query(Long.class).single();

        OutboxMessage told = OutboxMails.await(outbox, emailOf(sponsor), 1);
        assertThat(told.language()).isEqualTo("es");
        assertThat(told.subject()).isEqualTo("Evento propuesto para la agenda: " + title);
        assertThat(told.text()).startsWith("Hola, Patrocinio " + unique).contains("Réseau d'appui " + unique)
                .contains("/es/office/conferences/" + id);

        MockHttpSession other = StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "ciebi", "Autre", Language.FR);
        mvc.perform(post("/fr/office/conferences/" + id + "/refuse").session(other).with(csrf()).param("reason", "Non"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/fr/office/conferences/" + id + "/refuse").session(sponsor).with(csrf()).param("reason", "  "))
                .andExpect(flash().attribute("refused", "conferences.office.notNow"));
        mvc.perform(get("/es/office/conferences/" + id).session(sponsor))
                .andExpect(content().string(containsString("Rechazar la propuesta")));
        mvc.perform(post("/fr/office/conferences/" + id + "/refuse").session(sponsor).with(csrf())
                        .param("reason", "La date est déjà prise par un autre atelier."))
                .andExpect(flash().attribute("notice", "proposals.refused"));
        assertThat(jdbc.sql("select status from conference where id = ?").param(id).query(String.class).single()).isEqualTo("CANCELLED");

        OutboxMessage refused = OutboxMails.await(outbox, emailOf(member), 1);
        assertThat(refused.subject()).isEqualTo("Votre proposition d'événement n'a pas été retenue : " + title);
        assertThat(refused.text()).contains("La date est déjà prise par un autre atelier.").contains("/fr/office/proposals");
        mvc.perform(get("/fr/office/proposals").session(member))
                .andExpect(content().string(containsString("Refusé : La date est déjà prise par un autre atelier.")));
        mvc.perform(post("/fr/office/conferences/" + id + "/publish").session(sponsor).with(csrf()))
                .andExpect(flash().attribute("refused", "conferences.office.notNow"));
        mvc.perform(post("/fr/office/conferences/" + id + "/refuse").session(sponsor).with(csrf()).param("reason", "Encore"))
                .andExpect(flash().attribute("refused", "conferences.office.notNow"));
    }

    private static String emailOf(MockHttpSession session) {
        return ((org.springframework.security.core.context.SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT"))
                .getAuthentication().getName();
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

package eu.cybersudoe.companies.web;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyRegistryTestSupport;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxMessage;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static eu.cybersudoe.companies.CompanyRegistryTestSupport.uniqueNipc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A company user asks to be linked to a company, the partner following it decides, and the linked
 * user corrects the company's data and their own contact details; another user registers a new
 * company and is linked at once. Through the pages, with the e-mails read back from the outbox.
 */
@DatabaseTest
@AutoConfigureMockMvc
class CompanyUserJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    CompanyUsers users;
    @Autowired
    Network network;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRequestIsApprovedByThePartnerAndTheUserCorrectsTheCompanyAndTheirDetails() throws Exception {
        String nipc = uniqueNipc();
        String name = "Padaria " + UUID.randomUUID().toString().substring(0, 8) + " Lda";
        CompanyId company = ((Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY, name, null,
                Country.PT, nipc, null, "6200-001", "Covilhã", null, 4, null, 2015, false, null, List.of()), "ciebi")).id();
        String joana = unique("joana");
        RequestPostProcessor user = person(joana, "Joana Sousa", Role.COMPANY_USER, null, Language.PT);
        String managerEmail = unique("gestor");
        RequestPostProcessor manager = person(managerEmail, "Rui Gestor", Role.PARTNER_MANAGER, "ciebi", Language.EN);
        RequestPostProcessor otherManager = person(unique("other"), "Other", Role.PARTNER_MANAGER, "leitat", Language.ES);

        mvc.perform(get("/pt/my-company").with(user))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A minha empresa já é conhecida da rede")));
        mvc.perform(post("/pt/my-company/request").with(user).with(csrf()).param("country", "PT").param("identifier", "123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Este identificador não é válido para o país escolhido")))
                .andExpect(content().string(containsString("value=\"123\"")));
        mvc.perform(post("/pt/my-company/request").with(user).with(csrf()).param("country", "PT")
                        .param("identifier", nipc.substring(0, 3) + " " + nipc.substring(3)))
                .andExpect(redirectedUrl("/pt/my-company"))
                .andExpect(flash().attribute("notice", "mycompany.requested"));
        assertThat(mailTo(managerEmail, "Link request for ")).hasValueSatisfying(mail -> {
            assertThat(mail.subject()).isEqualTo("Link request for " + name);
            assertThat(mail.text()).contains("Joana Sousa <" + joana + ">").contains("/en/office/company-links");
        });
        mvc.perform(get("/pt/my-company").with(user))
                .andExpect(content().string(containsString("O seu pedido de associação a " + name + " aguarda a decisão de um parceiro")));
        mvc.perform(get("/pt/my-company/edit").with(user)).andExpect(status().isForbidden());

        long linkId = users.latestOf(accountId(joana)).orElseThrow().id();
        mvc.perform(get("/es/office/company-links").with(otherManager))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(joana))));
        mvc.perform(post("/es/office/company-links/" + linkId + "/approve").with(otherManager).with(csrf()))
                .andExpect(flash().attribute("refused", "companies.link.notYourCompany"));
        assertThat(users.companyOf(accountId(joana))).isEmpty();

        mvc.perform(get("/en/office/company-links").with(manager))
                .andExpect(content().string(containsString(joana)))
                .andExpect(content().string(containsString(name)));
        mvc.perform(post("/en/office/company-links/" + linkId + "/approve").with(manager).with(csrf()))
                .andExpect(redirectedUrl("/en/office/company-links"))
                .andExpect(flash().attribute("notice", "companies.link.approved"));
        assertThat(users.companyOf(accountId(joana))).contains(company);
        assertThat(mailTo(joana, "Está associado a ")).hasValueSatisfying(mail -> {
            assertThat(mail.subject()).isEqualTo("Está associado a " + name);
            assertThat(mail.language()).isEqualTo("pt");
            assertThat(mail.text()).contains("/pt/my-company");
        });

        mvc.perform(get("/pt/my-company").with(user))
                .andExpect(content().string(containsString("<h1>" + name + "</h1>")))
                .andExpect(content().string(containsString("Corrigir os dados da empresa")));
        String version = jdbc.sql("select version from organisation where id = ?").param(company.value()).query(String.class).single();
        mvc.perform(post("/pt/my-company/edit").with(user).with(csrf()).param("version", version).param("kind", "SOFTWARE_EDITOR")
                        .param("legalName", name).param("country", "PT").param("identifier", nipc).param("postcode", "6200-001")
                        .param("website", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("não é um endereço web")));
        mvc.perform(post("/pt/my-company/edit").with(user).with(csrf()).param("version", version).param("kind", "SOFTWARE_EDITOR")
                        .param("legalName", name).param("country", "PT").param("identifier", nipc).param("postcode", "6200-001")
                        .param("city", "Covilhã").param("employees", "12").param("website", "https://padaria.example.pt"))
                .andExpect(redirectedUrl("/pt/my-company"));
        var stored = jdbc.sql("select kind, employees, size_class, website from organisation where id = ?").param(company.value())
                .query().singleRow();
        assertThat(stored).containsEntry("kind", "COMPANY").containsEntry("employees", 12).containsEntry("size_class", "SMALL")
                .containsEntry("website", "https://padaria.example.pt");

        mvc.perform(get("/pt/my-company/contact").with(user))
                .andExpect(content().string(containsString("value=\"Joana Sousa\"")))
                .andExpect(content().string(containsString(joana)));
        mvc.perform(post("/pt/my-company/contact").with(user).with(csrf()).param("firstName", "Joana").param("lastName", "Sousa")
                        .param("email", "someone.else@example.org").param("language", "pt").param("newsletter", "on"))
                .andExpect(redirectedUrl("/pt/my-company"));
        mvc.perform(post("/pt/my-company/contact").with(user).with(csrf()).param("firstName", "Joana").param("lastName", "Sousa")
                        .param("job", "Gerente").param("language", "pt"))
                .andExpect(redirectedUrl("/pt/my-company"));
        var contact = jdbc.sql("select id, email, job, newsletter_consent from contact where organisation_id = ?")
                .param(company.value()).query().singleRow();
        assertThat(contact).containsEntry("email", joana).containsEntry("job", "Gerente").containsEntry("newsletter_consent", false);
        assertThat(jdbc.sql("select granted from consent_event where contact_id = ? and source = 'account form' order by id")
                .param(contact.get("id")).query(Boolean.class).list()).containsExactly(true, false);

        RequestPostProcessor stranger = person(unique("stranger"), "Stranger", Role.COMPANY_USER, null, Language.FR);
        mvc.perform(get("/fr/my-company").with(stranger)).andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/fr/my-company/contact").with(stranger)).andExpect(status().isForbidden());
    }

    @Test
    void aNewCompanyGoesToThePartnerOfItsRegionAndAKnownIdentifierCannotBeRegisteredAgain() throws Exception {
        String siren = CompanyRegistryTestSupport.uniqueSiren();
        String name = "Chai " + UUID.randomUUID().toString().substring(0, 8);
        String paul = unique("paul");
        RequestPostProcessor user = person(paul, "Paul Durand", Role.COMPANY_USER, null, Language.FR);
        mvc.perform(post("/fr/my-company/new").with(user).with(csrf()).param("kind", "COMPANY").param("legalName", name)
                        .param("country", "FR").param("identifier", siren).param("postcode", "33000").param("city", "Bordeaux"))
                .andExpect(redirectedUrl("/fr/my-company"))
                .andExpect(flash().attribute("notice", "mycompany.created"));
        CompanyId company = users.companyOf(accountId(paul)).orElseThrow();
        assertThat(jdbc.sql("select partner_id from organisation_partner where organisation_id = ?").param(company.value())
                .query(String.class).list()).containsExactly(network.partnerFor("FRI1").value());
        mvc.perform(get("/fr/my-company/new").with(user)).andExpect(redirectedUrl("/fr/my-company"))
                .andExpect(flash().attribute("refused", "companies.link.alreadyLinked"));

        RequestPostProcessor other = person(unique("claire"), "Claire", Role.COMPANY_USER, null, Language.FR);
        mvc.perform(post("/fr/my-company/new").with(other).with(csrf()).param("legalName", "Autre nom").param("country", "FR")
                        .param("identifier", siren))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("est celui d'une entreprise que le réseau connaît déjà")));
        assertThat(jdbc.sql("select count(*) from organisation where identifier = ?").param(siren).query(Long.class).single()).isEqualTo(1);
    }

    private RequestPostProcessor person(String email, String name, Role role, String partner, Language language) {
        accounts.createConfirmed(email, name, "{noop}journey-password", role, partner, language);
        UserDetails details = userDetails.loadUserByUsername(email);
        return user(details);
    }

    private long accountId(String email) {
        return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
    }

    /** The latest mail to the address whose subject starts so, waited for: link mails go after the commit, on another thread. */
    private Optional<OutboxMessage> mailTo(String email, String subjectStart) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream()
                        .filter(e -> e.to().contains(email) && e.subject().startsWith(subjectStart)).findFirst(), Optional::isPresent)
                .flatMap(entry -> outbox.find(entry.id()));
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}

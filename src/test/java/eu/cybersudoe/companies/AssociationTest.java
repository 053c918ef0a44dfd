package eu.cybersudoe.companies;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.StaffSessions;
import eu.cybersudoe.testing.OutboxMails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner manager associates a support structure of the registry and invites a member, who
 * joins with an account linked to the structure; {@code structures-associated} counts it then.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AssociationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    AccountService accounts;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupportStructureIsAssociatedAndCountsOnceAMemberJoined() throws Exception {
        long structure = organisation(OrganisationKind.SUPPORT_STRUCTURE);
        long company = organisation(OrganisationKind.COMPANY);
        MockHttpSession manager = StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "cybermassif", "Gestor", Language.PT);
        String page = "/pt/office/companies/" + structure + "/association";
        BigDecimal network = measure(Optional.empty());
        BigDecimal partner = measure(Optional.of(new PartnerId("cybermassif")));

        mvc.perform(post(page + "/members").session(manager).with(csrf()).param("name", "Ana").param("email", "ana@example.org"))
                .andExpect(content().string(containsString("Associe a entidade antes de convidar os seus membros.")));
        mvc.perform(post("/pt/office/companies/" + company + "/association").session(manager).with(csrf()))
                .andExpect(flash().attribute("refused", "association.refused"));
        mvc.perform(post(page).session(manager).with(csrf())).andExpect(flash().attribute("notice", "association.done"));
        mvc.perform(get(page).session(manager)).andExpect(content().string(containsString("apadrinhada por Cybermassif")));
        assertThat(measure(Optional.empty())).isEqualByComparingTo(network);

        String member = "membro." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mvc.perform(post(page + "/members").session(manager).with(csrf()).param("name", "Marta Membro").param("email", "not an address"))
                .andExpect(content().string(containsString("value=\"Marta Membro\"")));
        mvc.perform(post(page + "/members").session(manager).with(csrf()).param("name", "Marta Membro").param("email", member)
                .param("language", "pt")).andExpect(redirectedUrl(page));
        String link = OutboxMails.linkIn(OutboxMails.await(outbox, member, 1), "/pt/invitation");
        assertThat(OutboxMails.await(outbox, member, 1).text()).contains("Entidade associada");
        mvc.perform(post("/pt/invitation/new-account").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6))
                .param("displayName", "Marta Membro").param("password", StaffSessions.PASSWORD).param("passwordRepeat", StaffSessions.PASSWORD))
                .andExpect(redirectedUrl("/pt/login"));
        for (int tries = 0; tries < 100 && measure(Optional.empty()).compareTo(network) == 0; tries++) {
            Thread.sleep(100);
        }

        assertThat(measure(Optional.empty())).isEqualByComparingTo(network.add(BigDecimal.ONE));
        assertThat(measure(Optional.of(new PartnerId("cybermassif")))).isEqualByComparingTo(partner.add(BigDecimal.ONE));
        mvc.perform(get(page).session(manager)).andExpect(content().string(containsString(member)));
        mvc.perform(post("/pt/login").with(csrf()).param("email", member).param("password", StaffSessions.PASSWORD).param("lang", "pt"))
                .andExpect(redirectedUrl("/pt/office"));
        assertThat(jdbc.sql("select role from account where email = ?").param(member).query(String.class).single())
                .isEqualTo(Role.ASSOCIATED_STRUCTURE.name());
        mvc.perform(get(page).session(StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "ciebi", "Gestor", Language.PT))).andExpect(status().isForbidden());
    }

    private BigDecimal measure(Optional<PartnerId> partner) {
        return sources.stream().filter(s -> s.indicators().contains("structures-associated")).findFirst().orElseThrow()
                .measure("structures-associated", LocalDate.now(), partner).orElseThrow();
    }

    private long organisation(OrganisationKind kind) {
        return ((Registration.Registered) registry.register(new NewOrganisation(kind, "Associação " + UUID.randomUUID()
                .toString().substring(0, 6), null, Country.FR, null, null, "63000", "Clermont-Ferrand", null, 5, null, 2015, false,
                null, List.of()), "cybermassif")).id().value();
    }


}

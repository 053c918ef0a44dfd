package eu.cybersudoe.companies;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.StaffSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Informed of the programme" recorded on an organisation's page and through {@link OrganisationInformed}
 * published by another module: the records are listed, the same sending is kept once, and
 * {@code structures-informed} and {@code software-editors-informed} move for the network and the partner.
 */
@DatabaseTest
@AutoConfigureMockMvc
class InformedTest {

    static final PartnerId CYBERMASSIF = new PartnerId("cybermassif");

    @Autowired
    MockMvc mvc;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    AccountService accounts;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void staffRecordOnTheOrganisationsPageThatAStructureWasInformed() throws Exception {
        long structure = organisation(OrganisationKind.SUPPORT_STRUCTURE, "Pépinière numérique du Cantal");
        BigDecimal network = measure("structures-informed", Optional.empty());
        BigDecimal partner = measure("structures-informed", Optional.of(CYBERMASSIF));
        MockHttpSession manager = StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "cybermassif", "Test manager", Language.FR);
        String page = "/fr/office/companies/" + structure + "/informed";

        mvc.perform(post(page).session(manager).with(csrf()).param("channel", "PRESENTATION")
                        .param("on", LocalDate.now().plusDays(3).toString()).param("what", "Présentation du programme au club"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date ne peut pas être dans le futur.")))
                .andExpect(content().string(containsString("value=\"Présentation du programme au club\"")));
        assertThat(measure("structures-informed", Optional.empty())).isEqualByComparingTo(network);

        mvc.perform(post(page).session(manager).with(csrf()).param("channel", "PRESENTATION")
                        .param("on", LocalDate.now().minusDays(1).toString()).param("what", "Présentation du programme au club"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page).session(manager).with(csrf()).param("channel", "EMAIL")
                .param("on", LocalDate.now().toString()).param("what", "Plaquette CyberSudoe")).andExpect(redirectedUrl(page));
        mvc.perform(get(page).session(manager))
                .andExpect(content().string(containsString("présentation")))
                .andExpect(content().string(containsString("Plaquette CyberSudoe")))
                .andExpect(content().string(containsString("Test manager")));
        mvc.perform(get("/fr/office/companies/" + structure).session(manager))
                .andExpect(content().string(containsString("Informée du programme (e-mail) : Plaquette CyberSudoe")));

        assertThat(measure("structures-informed", Optional.empty())).isEqualByComparingTo(network.add(BigDecimal.ONE));
        assertThat(measure("structures-informed", Optional.of(CYBERMASSIF))).isEqualByComparingTo(partner.add(BigDecimal.ONE));

        mvc.perform(get(page).session(StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "ciebi", "Test manager", Language.FR))).andExpect(status().isForbidden());
    }

    @Test
    void anotherModuleRecordsItThroughTheEventOncePerSending() throws Exception {
        long editor = organisation(OrganisationKind.SOFTWARE_EDITOR, "Logiciels du Puy");
        BigDecimal before = measure("software-editors-informed", Optional.empty());
        OrganisationInformed mailing = new OrganisationInformed(new CompanyId(editor), "cybermassif", InformedChannel.MAILING,
                LocalDate.now(), "Lettre n° 3 aux éditeurs", null, "Newsletter", "mailing-editors-3");

        transactions.executeWithoutResult(s -> events.publishEvent(mailing));
        awaitRecords(editor, 1);
        transactions.executeWithoutResult(s -> events.publishEvent(mailing));
        Thread.sleep(500);

        assertThat(records(editor)).isEqualTo(1);
        assertThat(measure("software-editors-informed", Optional.empty())).isEqualByComparingTo(before.add(BigDecimal.ONE));
        assertThat(measure("software-editors-informed", Optional.of(CYBERMASSIF))).isGreaterThanOrEqualTo(BigDecimal.ONE);
    }

    private BigDecimal measure(String indicator, Optional<PartnerId> partner) {
        return sources.stream().filter(s -> s.indicators().contains(indicator)).findFirst().orElseThrow()
                .measure(indicator, LocalDate.now(), partner).orElseThrow();
    }

    private long organisation(OrganisationKind kind, String name) {
        var registered = (Registration.Registered) registry.register(new NewOrganisation(kind, name + " " + UUID.randomUUID()
                .toString().substring(0, 6), null, Country.FR, null, null, "15000", "Aurillac", null, 5, null, 2015, false, null,
                List.of()), "cybermassif");
        return registered.id().value();
    }

    private long records(long organisation) {
        return jdbc.sql("select count(*) from organisation_informed where organisation_id = ?").param(organisation).query(Long.class).single();
    }

    private void awaitRecords(long organisation, long count) throws InterruptedException {
        for (int tries = 0; tries < 100 && records(organisation) < count; tries++) {
            Thread.sleep(100);
        }
        assertThat(records(organisation)).isEqualTo(count);
    }
}

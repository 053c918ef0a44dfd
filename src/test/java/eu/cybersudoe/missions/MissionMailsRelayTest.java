package eu.cybersudoe.missions;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.DeliveryMode;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.MissionState;
import eu.cybersudoe.missions.internal.MissionStore;
import eu.cybersudoe.missions.internal.ReportDraft;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.events.EventPublications;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.RelayOutageTest;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Instant;
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

/**
 * A mission's e-mails go after its move commits: with the relay down the move stays done and the
 * message waits as a failed publication, listed for network admins; once the relay answers, the
 * admin's "try again" sends it, once.
 */
@DatabaseTest
@AutoConfigureMockMvc
@Import(MissionTestSupport.Doubles.class)
@TestPropertySource(properties = "cybersudoe.missions.scheduler=false")
class MissionMailsRelayTest extends RelayOutageTest {

    @Autowired
    MissionService missions;
    @Autowired
    MissionStore store;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    AccountService accounts;
    @Autowired
    MockMvc mvc;

    final Actor manager = new Actor(null, "Claire Responsable");

    @Test
    @WithSignedInUser
    void aDeliveryStaysDoneWhileTheRelayIsDownAndItsMailGoesOnceTheRelayIsBack() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        CompanyId company = MissionTestSupport.company(registry, "Rodez Menuiserie", Country.FR, "12000", "cybermassif");
        long advisor = MissionTestSupport.staff(accounts, Role.ADVISOR, "cybermassif", "Luc Conseiller");
        String email = "relay-" + UUID.randomUUID() + "@example.org";
        long id = validatedReport(company, advisor, email);

        Mission delivered = missions.deliver(id, manager);

        assertThat(delivered.state()).isEqualTo(MissionState.DELIVERED);
        EventPublications.Pending owed = failed("MissionMails.on", start);
        assertThat(store.find(id).orElseThrow().state()).as("the relay outage does not undo the delivery")
                .isEqualTo(MissionState.DELIVERED);
        assertThat(RELAY.subjectsTo(email)).isEmpty();

        mvc.perform(get("/en/office/events")).andExpect(content().string(containsString(owed.id().toString())))
                .andExpect(content().string(containsString("MissionMails.on")))
                .andExpect(content().string(containsString("Failed, will be tried again")));

        RELAY.start();
        mvc.perform(post("/en/office/events/resubmit").param("id", owed.id().toString()).with(csrf()))
                .andExpect(redirectedUrl("/en/office/events")).andExpect(flash().attribute("notice", "office.events.resubmittedOne"));

        delivered(email, "MissionMails.on", start);
        mvc.perform(get("/en/office/events")).andExpect(content().string(not(containsString(owed.id().toString()))));
        publications.resubmitFailed();
        assertThat(RELAY.subjectsTo(email)).singleElement().asString().startsWith("Votre rapport d'intervention");
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(MissionState.DELIVERED);
    }

    private long validatedReport(CompanyId company, long advisor, String email) {
        long id = missions.request(company, new Mission.Request(MissionOrigin.STAFF, null, null, null, email, Language.FR,
                "Sécuriser la messagerie", List.of("security"), null), manager).id();
        missions.accept(id, manager);
        missions.schedule(id, manager, new Mission.Schedule(LocalDate.of(2026, 12, 3), DeliveryMode.ON_SITE, BigDecimal.ONE), advisor);
        missions.hold(id, manager, LocalDate.of(2026, 12, 3), BigDecimal.ONE);
        ReportDraft draft = new ReportDraft();
        draft.getNeeds().put("security", "Mots de passe partagés");
        draft.setRecommendations("Un gestionnaire de mots de passe");
        missions.saveReport(id, manager, draft);
        missions.submitReport(id, manager);
        missions.validateReport(id, manager);
        return id;
    }
}

package eu.cybersudoe.missions.internal;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.missions.MissionTestSupport;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo missions: one in each state for a partner, for companies it knows, reports in the partner's language. */
@DatabaseTest
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, MissionTestSupport.Doubles.class})
@TestPropertySource(properties = "cybersudoe.missions.scheduler=false")
class DemoMissionsTest {

    @Autowired
    DemoMissions demo;
    @Autowired
    MissionStore store;
    @Autowired
    Network network;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aSpanishPartnerGetsAMissionInEveryStateWithReportsInSpanish() {
        Partner leitat = network.partner(new PartnerId("leitat")).orElseThrow();
        MissionTestSupport.staff(accounts, Role.ADVISOR, "leitat", "Marta Consultora");
        for (int i = 0; i < 10; i++) {
            MissionTestSupport.company(registry, "Demo Leitat " + i, Country.ES, "08001", "leitat");
        }
        long before = jdbc.sql("select coalesce(max(id), 0) from mission").query(Long.class).single();

        assertThat(demo.createFor(List.of(leitat))).isEqualTo(10);

        List<Mission> made = jdbc.sql("select id from mission where id > ? and partner_id = 'leitat'").param(before)
                .query(Long.class).list().stream().map(id -> store.find(id).orElseThrow()).toList();
        assertThat(made).extracting(Mission::state).containsExactlyInAnyOrder(MissionState.values());
        assertThat(made).allSatisfy(m -> assertThat(m.partnerId()).isEqualTo("leitat"));
        assertThat(made).filteredOn(m -> m.state().delivered()).hasSize(2).allSatisfy(m -> {
            assertThat(m.request().language()).isEqualTo(Language.ES);
            assertThat(m.report().recommendations()).contains("tienda en línea");
            assertThat(m.report().specifications().selectionCriteria()).isNotBlank();
            assertThat(m.report().actions()).isNotEmpty();
        });
        assertThat(made).filteredOn(m -> m.state() == MissionState.FOLLOWED_UP).singleElement()
                .satisfies(m -> assertThat(store.history(m.id())).extracting(MissionChange::action).contains("DELIVERED", "FOLLOWED_UP"));
    }
}

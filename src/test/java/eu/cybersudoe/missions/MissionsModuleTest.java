package eu.cybersudoe.missions;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.RegistryReads;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The missions module started with only the modules it depends on: a request is routed to the
 * partner of the company's region, and the registry's facts come through the registry's API.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "cybersudoe.missions.scheduler=false")
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class MissionsModuleTest {

    @Autowired
    MissionService missions;
    @Autowired
    RegistryReads registry;
    @Autowired
    CompanyRegistry companies;

    @Test
    void aRequestIsRoutedAndTheCompanyIsReadThroughTheRegistrysApi() {
        CompanyId company = MissionTestSupport.company(companies, "Module Burgos", Country.ES, "09001", "cybermassif");

        Mission mission = missions.request(company, new Mission.Request(MissionOrigin.STAFF, null, null, null, null, Language.ES,
                "Copias de seguridad", List.of("security"), null), new Actor(null, "Staff"));

        assertThat(mission.partnerId()).isEqualTo("ceei-burgos");
        assertThat(registry.snapshot(company)).hasValueSatisfying(snapshot -> {
            assertThat(snapshot.name()).startsWith("Module Burgos");
            assertThat(snapshot.region()).isEqualTo("ES41");
            assertThat(snapshot.micro()).isTrue();
        });
        assertThat(registry.companies("cybermassif", "module burgos", 5)).extracting(RegistryReads.Named::id)
                .contains(company.value());
        assertThat(registry.companies("ceei-burgos", "module burgos", 5)).extracting(RegistryReads.Named::id)
                .doesNotContain(company.value());
    }
}

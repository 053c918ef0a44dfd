package eu.cybersudoe.companies;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The companies module started with only the modules it depends on (shared, network, accounts,
 * monitoring): it registers organisations, places them, and counts them for its partner's indicator.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class CompaniesModuleTest {

    @Autowired
    CompanyRegistry registry;
    @Autowired
    List<IndicatorSource> sources;

    @Test
    void registersOnItsOwnAndCountsForTheDashboard() {
        BigDecimal before = companiesOf("leitat");
        Registration registered = registry.register(new NewOrganisation(OrganisationKind.COMPANY, "Taller " + UUID.randomUUID(), null,
                Country.ES, CompanyRegistryTestSupport.uniqueSpanishCif(), null, "08001", "Barcelona", "6201", 8, null, 2019, false,
                null, List.of()), "leitat");
        assertThat(registered).isInstanceOf(Registration.Registered.class);
        assertThat(registry.find(((Registration.Registered) registered).id()))
                .hasValueSatisfying(summary -> assertThat(summary.nuts2()).isEqualTo("ES51"));
        assertThat(companiesOf("leitat")).isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    private BigDecimal companiesOf(String partner) {
        IndicatorSource source = sources.stream().filter(s -> s.indicators().contains("registry-companies")).findFirst().orElseThrow();
        return source.measure("registry-companies", LocalDate.now().plusDays(1), Optional.of(new PartnerId(partner))).orElseThrow();
    }
}

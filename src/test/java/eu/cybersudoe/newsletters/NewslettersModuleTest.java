package eu.cybersudoe.newsletters;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsletters module started with only the modules it depends on: it counts its indicators,
 * for the network and for a partner (whose companies the registry's API gives).
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class NewslettersModuleTest {

    @Autowired
    List<IndicatorSource> sources;

    @Test
    void countsItsIndicatorsForTheNetworkAndForAPartner() {
        IndicatorSource newsletters = sources.stream().filter(s -> s.indicators().contains("newsletter-sends")).findFirst().orElseThrow();
        LocalDate tomorrow = LocalDate.now().plusDays(1);

        assertThat(newsletters.measure("newsletter-sends", tomorrow, Optional.empty())).hasValueSatisfying(v -> assertThat(v).isNotNegative());
        assertThat(newsletters.measure("newsletter-sends", tomorrow, Optional.of(new PartnerId("ciebi"))))
                .hasValueSatisfying(v -> assertThat(v).isNotNegative());
        assertThat(newsletters.measure("newsletters-issued", tomorrow, Optional.of(new PartnerId("ciebi")))).isEmpty();
    }
}

package eu.cybersudoe.network;

import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The network module starts on its own (with only the shared module) and serves its reference data. */
@ApplicationModuleTest
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class NetworkModuleTest {

    @Autowired
    Network network;

    @Autowired
    PartnerTargets targets;

    @Test
    void servesTheNetworkOnItsOwn() {
        assertThat(network.leadPartner().id()).isEqualTo(new PartnerId("cybermassif"));
        assertThat(network.partnerFor("FRJ1")).isEqualTo(new PartnerId("transferts-lr"));
        Partner ciebi = network.partner(new PartnerId("ciebi")).orElseThrow();
        assertThat(targets.of(ciebi)).extracting(PartnerTargets.PartnerTarget::indicator, PartnerTargets.PartnerTarget::target)
                .containsExactly(tuple("awareness-actions", 10L), tuple("conferences", 20L),
                        tuple("missions", 75L), tuple("project-managers-trained", 2L));
        assertThat(targets.of(network.leadPartner())).filteredOn(t -> t.indicator().equals("missions"))
                .singleElement().satisfies(t -> assertThat(t.target()).isEqualTo(100));
    }
}

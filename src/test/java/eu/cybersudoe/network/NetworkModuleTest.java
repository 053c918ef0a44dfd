package eu.cybersudoe.network;

import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The network module starts on its own (with only the shared module) and serves its reference data. */
@ApplicationModuleTest
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class NetworkModuleTest {

    @Autowired
    Network network;

    @Test
    void servesTheNetworkOnItsOwn() {
        assertThat(network.leadPartner().id()).isEqualTo(new PartnerId("cybermassif"));
        assertThat(network.partnerFor("FRJ1")).isEqualTo(new PartnerId("transferts-lr"));
    }
}

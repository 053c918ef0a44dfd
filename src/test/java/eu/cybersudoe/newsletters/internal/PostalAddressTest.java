package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender's postal address: the setting when given, else the lead partner's, else none (and no launch). */
class PostalAddressTest {

    static NewsletterSettings settings(String postalAddress) {
        return new NewsletterSettings(1, 1, 1, 1, 1, java.time.Duration.ofMinutes(1), java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(60), false, "Sender", postalAddress, new NewsletterSettings.Tracking(true, false, true));
    }

    static Network leadAt(String address) {
        Network network = Mockito.mock(Network.class);
        Mockito.when(network.leadPartner()).thenReturn(new Partner(new eu.cybersudoe.network.PartnerId("cybermassif"),
                "Cybermassif", "Cybermassif", eu.cybersudoe.network.Country.FR, "Clermont-Ferrand", null, true, null, List.of(),
                LocalizedText.of(eu.cybersudoe.shared.Language.FR, "x"), address));
        return network;
    }

    @Test
    void theSettingOverridesTheLeadPartnersAddress() {
        assertThat(new SenderAddress(settings("CyberSudoe, 1 place X, 75001 Paris"), leadAt("10 allée Évariste Galois"))
                .postalAddress()).contains("CyberSudoe, 1 place X, 75001 Paris");
    }

    @Test
    void withoutTheSettingTheLeadPartnersAddressIsUsed() {
        assertThat(new SenderAddress(settings(" "), leadAt("10 allée Évariste Galois, 63000 Clermont-Ferrand, France"))
                .postalAddress()).contains("Cybermassif, 10 allée Évariste Galois, 63000 Clermont-Ferrand, France");
    }

    @Test
    void withNeitherThereIsNoAddress() {
        assertThat(new SenderAddress(settings(""), leadAt(null)).postalAddress()).isEmpty();
    }

    @Test
    void withoutAnAddressNoIssueIsLaunchedNorScheduled() {
        SenderAddress none = new SenderAddress(settings(""), leadAt(null));
        Launcher launcher = Mockito.mock(Launcher.class);
        Issues issues = Mockito.mock(Issues.class);
        Programme programme = new Programme(issues, Mockito.mock(SendRecords.class), launcher, Mockito.mock(DeliveryEngine.class),
                leadAt(null), none, Mockito.mock(LaunchAudience.class), java.time.Clock.systemUTC());
        assertThat(programme.launchNow(7, java.util.Set.of(), 1L).messageKey()).isEqualTo("newsletters.refused.noPostalAddress");
        assertThat(programme.schedule(7, java.time.Instant.now().plusSeconds(3600), java.util.Set.of(), 1L).messageKey())
                .isEqualTo("newsletters.refused.noPostalAddress");
        Mockito.verifyNoInteractions(launcher);
        Mockito.verify(issues, Mockito.never()).schedule(Mockito.anyLong(), Mockito.any(), Mockito.any());
        assertThat(new Launcher(issues, Mockito.mock(Audience.class), none, Mockito.mock(InformedOrganisations.class),
                java.time.Clock.systemUTC()).launchScheduled(7))
                .isEqualTo(-1);
        Mockito.verify(issues, Mockito.never()).move(Mockito.anyLong(), Mockito.any(), Mockito.any(), Mockito.any());
    }
}

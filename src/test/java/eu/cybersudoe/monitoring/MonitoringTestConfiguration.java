package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the monitoring module needs around it in tests: a network of nine partners, a clock
 * set on 15 March 2009 (semester 2 of {@link TestNetwork}) and one indicator source.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MonitoringTestConfiguration {

    public static final LocalDate TODAY = LocalDate.of(2009, 3, 15);

    @Bean
    @Primary
    Network testNetwork() {
        return TestNetwork.create();
    }

    @Bean
    @Primary
    Clock testClock() {
        return Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Bean
    ConferenceSource testConferenceSource() {
        return new ConferenceSource();
    }

    /**
     * Measures three indicators the way a conferences module would: 45 conferences for the
     * network and 5 per partner; 300 distinct companies for the network but 40 per partner
     * (companies attending several partners' conferences count once for the network);
     * platform connections for the network only. It records what it was asked.
     */
    public static class ConferenceSource implements IndicatorSource {

        public final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public Set<String> indicators() {
            return Set.of("conferences-held", "companies-attended", "platform-connections");
        }

        @Override
        public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
            asked.add(indicator + " until " + until + " for " + partner.map(PartnerId::value).orElse("network"));
            boolean network = partner.isEmpty();
            return switch (indicator) {
                case "conferences-held" -> Optional.of(BigDecimal.valueOf(network ? 45 : 5));
                case "companies-attended" -> Optional.of(BigDecimal.valueOf(network ? 300 : 40));
                case "platform-connections" -> network ? Optional.of(BigDecimal.valueOf(1234)) : Optional.empty();
                default -> throw new IllegalArgumentException(indicator);
            };
        }
    }
}

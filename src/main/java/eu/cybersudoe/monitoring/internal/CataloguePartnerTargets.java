package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Edition;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerTargets;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The targets a partner page shows: every indicator of the catalogue with a target for that partner,
 * and what it had achieved at the end of the last closed semester.
 */
@Component
class CataloguePartnerTargets implements PartnerTargets {

    private final MonitoringService monitoring;
    private final EditionTable editions;

    CataloguePartnerTargets(MonitoringService monitoring, EditionTable editions) {
        this.monitoring = monitoring;
        this.editions = editions;
    }

    /** The partner's measured values in the latest revision of the last closed semester. */
    @Override
    public Optional<Achieved> achieved(Partner partner) {
        List<Edition> closed = editions.latest();
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        Edition last = closed.getLast();
        Map<String, BigDecimal> values = editions.measured(List.of(last.id()), partner.id().value())
                .getOrDefault(last.id(), Map.of());
        return Optional.of(new Achieved(last.semester(), last.asOf(), values));
    }

    @Override
    public List<PartnerTarget> of(Partner partner) {
        return monitoring.indicators().stream()
                .flatMap(indicator -> indicator.targetFor(partner).stream().map(target -> target(indicator, target.longValue())))
                .toList();
    }

    private static PartnerTarget target(Indicator indicator, long value) {
        return new PartnerTarget(indicator.code(), indicator.name(), value);
    }
}

package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerTargets;
import org.springframework.stereotype.Component;

import java.util.List;

/** The targets a partner page shows: every indicator of the catalogue with a target for that partner. */
@Component
class CataloguePartnerTargets implements PartnerTargets {

    private final MonitoringService monitoring;

    CataloguePartnerTargets(MonitoringService monitoring) {
        this.monitoring = monitoring;
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

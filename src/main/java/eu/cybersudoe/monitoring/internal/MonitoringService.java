package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.monitoring.Measurement;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monitoring facade. The catalogue is read from the database, where {@link CatalogueLoader}
 * put it; values come from the {@link IndicatorSource} beans. The network is looked up when
 * needed, so the module starts even before the network's implementation is present.
 */
@Service
class MonitoringService implements Monitoring {

    private static final Logger log = LoggerFactory.getLogger(MonitoringService.class);

    private final IndicatorTable table;
    private final IndicatorSources sources;
    private final ObjectProvider<Network> network;
    private final Clock clock;

    /** Starts once the catalogue is loaded, and checks that the sources measure indicators of it. */
    MonitoringService(CatalogueLoader loaded, IndicatorTable table, IndicatorSources sources, ObjectProvider<Network> network,
                      Clock clock) {
        sources.check(table.all());
        this.table = table;
        this.sources = sources;
        this.network = network;
        this.clock = clock;
    }

    @Override
    public List<Indicator> indicators() {
        return table.active();
    }

    @Override
    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    @Override
    public List<String> retiredIndicators() {
        return table.all().values().stream().filter(IndicatorTable.Row::retired).map(r -> r.indicator().code()).toList();
    }

    @Override
    public Map<String, BigDecimal> targetsFor(PartnerId id) {
        Partner partner = network.getObject().partner(id)
                .orElseThrow(() -> new IllegalArgumentException("No partner " + id + " in the network"));
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        indicators().forEach(i -> i.targetFor(partner).ifPresent(t -> targets.put(i.code(), t)));
        return targets;
    }

    @Override
    public Dashboard dashboard() {
        return build(Optional.empty());
    }

    @Override
    public Optional<Dashboard> dashboard(PartnerId id) {
        return network.getObject().partner(id).map(partner -> build(Optional.of(partner)));
    }

    private Dashboard build(Optional<Partner> partner) {
        Network net = network.getObject();
        LocalDate today = LocalDate.now(clock);
        Semester semester = net.semesterOf(today);
        LocalDate until = today.isBefore(semester.end()) ? today : semester.end();
        List<Partner> partners = net.partners();
        List<Dashboard.Line> lines = new ArrayList<>();
        for (Indicator indicator : indicators()) {
            Map<PartnerId, BigDecimal> partnerTargets = new LinkedHashMap<>();
            partners.forEach(p -> indicator.targetFor(p).ifPresent(t -> partnerTargets.put(p.id(), t)));
            BigDecimal target = partner.isPresent() ? indicator.targetFor(partner.get()).orElse(null) : indicator.globalTarget();
            lines.add(new Dashboard.Line(indicator, target, partnerTargets, measure(indicator, until, partner.map(Partner::id))));
        }
        return new Dashboard(semester, until, partner, partners, lines);
    }

    /** The value of one source; a consolidated value is asked as such, never summed from partners. */
    private Measurement measure(Indicator indicator, LocalDate until, Optional<PartnerId> partner) {
        Optional<IndicatorSource> source = sources.sourceOf(indicator.code());
        if (source.isEmpty()) {
            return Measurement.notMeasuredYet();
        }
        try {
            return source.get().measure(indicator.code(), until, partner).map(Measurement::of).orElseGet(Measurement::noValue);
        } catch (RuntimeException e) {
            log.error("Source {} failed to measure {} until {} for {}", IndicatorSources.nameOf(source.get()),
                    indicator.code(), until, partner.map(PartnerId::value).orElse("the network"), e);
            return Measurement.failed();
        }
    }
}

package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Closer;
import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Edition;
import eu.cybersudoe.monitoring.EditionRefused;
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
import eu.cybersudoe.shared.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final EditionTable editions;
    private final EntryTable entries;

    /** Starts once the catalogue is loaded, and checks that the sources measure indicators of it. */
    MonitoringService(CatalogueLoader loaded, IndicatorTable table, IndicatorSources sources, ObjectProvider<Network> network,
                      Clock clock, EditionTable editions, EntryTable entries) {
        sources.check(table.all());
        this.table = table;
        this.sources = sources;
        this.network = network;
        this.clock = clock;
        this.editions = editions;
        this.entries = entries;
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
        Semester semester = network.getObject().semesterOf(LocalDate.now(clock));
        return build(semester, latestEdition(semester.number()), Optional.empty());
    }

    @Override
    public Optional<Dashboard> dashboard(PartnerId id) {
        Semester semester = network.getObject().semesterOf(LocalDate.now(clock));
        return network.getObject().partner(id).map(partner -> build(semester, latestEdition(semester.number()), Optional.of(partner)));
    }

    @Override
    public Optional<Dashboard> dashboard(int number, int revision, Optional<PartnerId> partnerId) {
        Optional<Semester> semester = shownSemesters().stream().filter(s -> s.number() == number).findFirst();
        Optional<Partner> partner = partnerId.flatMap(id -> network.getObject().partner(id));
        if (semester.isEmpty() || (partnerId.isPresent() && partner.isEmpty())) {
            return Optional.empty();
        }
        Optional<Edition> edition = revision == 0 ? latestEdition(number) : editions.find(number, revision);
        if (revision != 0 && edition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(semester.get(), edition, partner));
    }

    @Override
    public List<Edition> editions(int semester) {
        return editions.revisions(semester);
    }

    @Override
    public List<Edition> closedSemesters() {
        return editions.latest();
    }

    @Override
    public boolean mayClose(Closer closer) {
        return closer.role() == Role.NETWORK_ADMIN || (closer.role() == Role.PARTNER_MANAGER
                && closer.partner().filter(p -> p.equals(network.getObject().leadPartner().id())).isPresent());
    }

    @Override
    @Transactional
    public Edition close(int number, Closer closer, String reason) {
        if (!mayClose(closer)) {
            throw new EditionRefused("monitoring.edition.refused.notAllowed");
        }
        Semester semester = network.getObject().calendar().semesters().stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new EditionRefused("monitoring.edition.refused.noSemester"));
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(semester.end())) {
            throw new EditionRefused("monitoring.edition.refused.notEnded");
        }
        int last = editions.lastRevision(number);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (last > 0 && why == null) {
            throw new EditionRefused("monitoring.edition.refused.reasonNeeded");
        }
        if (why != null && why.length() > 2000) {
            throw new EditionRefused("monitoring.edition.refused.reasonTooLong");
        }
        List<EditionTable.Value> values = new ArrayList<>();
        List<Partner> partners = network.getObject().partners();
        for (Indicator indicator : indicators()) {
            values.add(new EditionTable.Value(indicator.code(), EditionTable.NETWORK,
                    measure(indicator, semester.end(), Optional.empty()), indicator.globalTarget()));
            for (Partner partner : partners) {
                values.add(new EditionTable.Value(indicator.code(), partner.id().value(),
                        measure(indicator, semester.end(), Optional.of(partner.id())), indicator.targetFor(partner).orElse(null)));
            }
        }
        try {
            return editions.insert(number, last + 1, semester.end(), last == 0 ? null : why, closer.accountId(), closer.name(),
                    clock.instant(), values);
        } catch (DuplicateKeyException closedMeanwhile) {
            throw new EditionRefused("monitoring.edition.refused.concurrent");
        }
    }

    private Optional<Edition> latestEdition(int semester) {
        int last = editions.lastRevision(semester);
        return last == 0 ? Optional.empty() : editions.find(semester, last);
    }

    /** The semesters a dashboard can show: from the first to the one running today. */
    private List<Semester> shownSemesters() {
        LocalDate today = LocalDate.now(clock);
        List<Semester> all = network.getObject().calendar().semesters();
        List<Semester> started = all.stream().filter(s -> !s.start().isAfter(today)).toList();
        return started.isEmpty() ? List.of(all.getFirst()) : started;
    }

    private Dashboard build(Semester semester, Optional<Edition> edition, Optional<Partner> partner) {
        Network net = network.getObject();
        LocalDate today = LocalDate.now(clock);
        LocalDate until = edition.map(Edition::asOf).orElse(today.isBefore(semester.end()) ? today : semester.end());
        Optional<PartnerId> partnerId = partner.map(Partner::id);
        String scope = EditionTable.scope(partnerId);
        List<Partner> partners = net.partners();
        Map<String, EditionTable.Value> frozen = edition.map(e -> editions.values(e.id(), scope)).orElse(Map.of());

        Map<Integer, Edition> closed = new LinkedHashMap<>();
        editions.latest().stream().filter(e -> e.semester() < semester.number()).forEach(e -> closed.put(e.semester(), e));
        Map<Long, Map<String, BigDecimal>> earlier = editions.measured(closed.values().stream().map(Edition::id).toList(), scope);
        Optional<Semester> previous = net.calendar().semesters().stream().filter(s -> s.number() == semester.number() - 1).findFirst();
        Optional<Edition> previousEdition = previous.map(p -> closed.get(p.number()));
        Map<String, EditionTable.Value> previousFrozen = previousEdition.map(e -> editions.values(e.id(), scope)).orElse(Map.of());

        List<Dashboard.Line> lines = new ArrayList<>();
        for (Indicator indicator : indicators()) {
            Map<PartnerId, BigDecimal> partnerTargets = new LinkedHashMap<>();
            partners.forEach(p -> indicator.targetFor(p).ifPresent(t -> partnerTargets.put(p.id(), t)));
            EditionTable.Value stored = frozen.get(indicator.code());
            BigDecimal target = stored != null ? stored.target()
                    : partner.isPresent() ? indicator.targetFor(partner.get()).orElse(null) : indicator.globalTarget();
            Measurement value = edition.isPresent()
                    ? (stored == null ? Measurement.noValue() : stored.value())
                    : measure(indicator, until, partnerId);
            Measurement before;
            if (previous.isEmpty()) {
                before = Measurement.of(BigDecimal.ZERO);
            } else if (previousEdition.isPresent()) {
                EditionTable.Value kept = previousFrozen.get(indicator.code());
                before = kept == null ? Measurement.noValue() : kept.value();
            } else {
                before = measure(indicator, previous.get().end(), partnerId);
            }
            List<Dashboard.Point> series = new ArrayList<>();
            closed.values().forEach(e -> {
                BigDecimal kept = earlier.getOrDefault(e.id(), Map.of()).get(indicator.code());
                if (kept != null) {
                    series.add(new Dashboard.Point(e.semester(), kept));
                }
            });
            if (value.measured()) {
                series.add(new Dashboard.Point(semester.number(), value.value()));
            }
            lines.add(new Dashboard.Line(indicator, target, partnerTargets, value, before, series));
        }
        return new Dashboard(semester, until, partner, partners, lines, shownSemesters(), edition);
    }

    @Override
    public List<IndicatorSource.Part> breakdown(String indicator, LocalDate until, Optional<PartnerId> partner) {
        Optional<IndicatorSource> source = sources.sourceOf(indicator);
        try {
            return source.map(s -> s.breakdown(indicator, until, partner)).orElse(List.of());
        } catch (RuntimeException e) {
            log.error("Source {} failed to break {} down", IndicatorSources.nameOf(source.get()), indicator, e);
            return List.of();
        }
    }

    /** The value of one source; a consolidated value is asked as such, never summed from partners. */
    Measurement measure(Indicator indicator, LocalDate until, Optional<PartnerId> partner) {
        Optional<IndicatorSource> source = sources.sourceOf(indicator.code());
        if (source.isEmpty()) {
            return entered(indicator, until, partner);
        }
        try {
            return source.get().measure(indicator.code(), until, partner).map(Measurement::of).orElseGet(Measurement::noValue);
        } catch (RuntimeException e) {
            log.error("Source {} failed to measure {} until {} for {}", IndicatorSources.nameOf(source.get()),
                    indicator.code(), until, partner.map(PartnerId::value).orElse("the network"), e);
            return Measurement.failed();
        }
    }

    /**
     * An indicator no module measures: the sum of the validated values entered for the semesters
     * started by the day (the network's value is the sum of the partners'), or "not measured yet"
     * while none was ever validated.
     */
    private Measurement entered(Indicator indicator, LocalDate until, Optional<PartnerId> partner) {
        if (!entries.anyValidated(indicator.code())) {
            return Measurement.notMeasuredYet();
        }
        List<Integer> semesters = EntryService.semestersUntil(network.getObject().calendar().semesters(), until);
        return Measurement.of(entries.validatedSum(indicator.code(), semesters, partner).orElse(BigDecimal.ZERO));
    }
}

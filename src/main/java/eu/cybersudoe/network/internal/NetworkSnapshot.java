package eu.cybersudoe.network.internal;

import eu.cybersudoe.network.Budget;
import eu.cybersudoe.network.MemberStructure;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.ProjectCalendar;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.network.WorkPackage;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The network's reference data at one moment, immutable and indexed, so that pages read it
 * from memory. A new snapshot replaces it each time the data is loaded.
 */
final class NetworkSnapshot implements Network {

    private static final Collator NAMES = collator();

    private final List<Partner> partners;
    private final Map<PartnerId, Partner> partnersById;
    private final Partner lead;
    private final Map<PartnerId, List<MemberStructure>> memberStructures;
    private final List<Region> regions;
    private final Map<String, Region> regionsByCode;
    private final List<WorkPackage> workPackages;
    private final Budget budget;
    private final List<Theme> themes;
    private final List<Theme> activeThemes;
    private final ProjectCalendar calendar;

    NetworkSnapshot(List<Partner> partners, List<MemberStructure> memberStructures, List<Region> regions,
                    List<WorkPackage> workPackages, BigDecimal declaredTotal, List<Theme> themes, ProjectCalendar calendar) {
        this.partners = partners.stream().sorted(Comparator.comparing((Partner p) -> !p.lead())
                .thenComparing(Partner::country).thenComparing(Partner::shortName, NAMES)).toList();
        this.partnersById = index(this.partners, Partner::id);
        this.lead = this.partners.stream().filter(Partner::lead).findFirst()
                .orElseThrow(() -> new IllegalStateException("The network has no lead partner"));
        this.memberStructures = memberStructures.stream().collect(Collectors.groupingBy(MemberStructure::partner,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
        this.regions = regions.stream().sorted(Comparator.comparing(Region::country).thenComparing(Region::code)).toList();
        this.regionsByCode = index(this.regions, Region::code);
        this.workPackages = List.copyOf(workPackages);
        BigDecimal sum = workPackages.stream().map(WorkPackage::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.budget = new Budget(this.workPackages, sum, declaredTotal);
        this.themes = themes.stream().sorted(Comparator.comparingInt(Theme::position).thenComparing(Theme::code)).toList();
        this.activeThemes = this.themes.stream().filter(Theme::active).toList();
        this.calendar = calendar;
    }

    @Override
    public List<Partner> partners() {
        return partners;
    }

    @Override
    public Optional<Partner> partner(PartnerId id) {
        return Optional.ofNullable(partnersById.get(id));
    }

    @Override
    public Partner leadPartner() {
        return lead;
    }

    @Override
    public List<MemberStructure> memberStructures(PartnerId partner) {
        return memberStructures.getOrDefault(partner, List.of());
    }

    @Override
    public List<Region> regions() {
        return regions;
    }

    @Override
    public Optional<Region> region(String code) {
        return Optional.ofNullable(code == null ? null : regionsByCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The primary partner where one is set, the only partner where one covers the region, and
     * the lead partner otherwise (no partner, an unknown region, or several without a primary).
     */
    @Override
    public PartnerId partnerFor(String nutsRegion) {
        return region(nutsRegion).flatMap(region -> region.primary()
                        .or(() -> region.partners().size() == 1 ? Optional.of(region.partners().getFirst()) : Optional.empty()))
                .filter(partnersById::containsKey)
                .orElse(lead.id());
    }

    @Override
    public List<WorkPackage> workPackages() {
        return workPackages;
    }

    @Override
    public Optional<WorkPackage> workPackage(String code) {
        return workPackages.stream().filter(w -> w.code().equals(code)).findFirst();
    }

    @Override
    public Budget budget() {
        return budget;
    }

    @Override
    public List<Theme> themes(boolean includeRetired) {
        return includeRetired ? themes : activeThemes;
    }

    @Override
    public Optional<Theme> theme(String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    @Override
    public ProjectCalendar calendar() {
        return calendar;
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return collator;
    }
}

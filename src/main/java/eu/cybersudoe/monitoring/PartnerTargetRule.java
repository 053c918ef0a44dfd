package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an indicator's target is shared out among the partners. Per-partner targets are
 * what each partner aims at; the global target stays the binding figure (the proposal's
 * per-partner figures are averages, so they need not add up to it).
 */
public sealed interface PartnerTargetRule {

    /** The target of one partner, empty when the rule sets none for it. */
    Optional<BigDecimal> targetFor(Partner partner);

    static PartnerTargetRule none() {
        return None.INSTANCE;
    }

    /** No per-partner target: the indicator is followed for the network only. */
    record None() implements PartnerTargetRule {
        static final None INSTANCE = new None();

        @Override
        public Optional<BigDecimal> targetFor(Partner partner) {
            return Optional.empty();
        }
    }

    /** The same target for every partner (20 conferences each). */
    record SameForAll(BigDecimal target) implements PartnerTargetRule {
        public SameForAll {
            target = Objects.requireNonNull(Targets.normalized(target), "target");
        }

        @Override
        public Optional<BigDecimal> targetFor(Partner partner) {
            return Optional.of(target);
        }
    }

    /** A target by the partner's country (missions: 100 for a French partner, 75 for a Spanish or Portuguese one). */
    record ByCountry(Map<Country, BigDecimal> targets) implements PartnerTargetRule {
        public ByCountry {
            EnumMap<Country, BigDecimal> clean = new EnumMap<>(Country.class);
            targets.forEach((country, target) -> clean.put(Objects.requireNonNull(country, "country"),
                    Objects.requireNonNull(Targets.normalized(target), "target")));
            targets = Map.copyOf(clean);
        }

        @Override
        public Optional<BigDecimal> targetFor(Partner partner) {
            return Optional.ofNullable(targets.get(partner.country()));
        }
    }

    /** A target written for each partner by its id; partners not listed have none. */
    record ByPartner(Map<PartnerId, BigDecimal> targets) implements PartnerTargetRule {
        public ByPartner {
            Map<PartnerId, BigDecimal> clean = new HashMap<>();
            targets.forEach((id, target) -> clean.put(Objects.requireNonNull(id, "partner"),
                    Objects.requireNonNull(Targets.normalized(target), "target")));
            targets = Map.copyOf(clean);
        }

        @Override
        public Optional<BigDecimal> targetFor(Partner partner) {
            return Optional.ofNullable(targets.get(partner.id()));
        }
    }
}

package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.LocalizedText;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An indicator of the catalogue: what the network counts, how, and the targets it must reach.
 * The catalogue is reference data ({@code reference/monitoring/indicators.yml}); the values
 * come from the {@link IndicatorSource} beans of the modules that know them.
 *
 * @param code           stable code, a lower-case slug such as {@code conferences-held}
 * @param kind           output, result, impact, quality or financial indicator
 * @param unit           what one unit of the value is
 * @param workPackage    the work package (GT0…GT6) it belongs to
 * @param name           its name
 * @param definition     how to count it: the practical guide every partner follows so that all
 *                       count the same way (MON-1)
 * @param globalTarget   the target of the whole network, or null when the indicator is only tracked
 * @param declaredTarget the figure the proposal states when it differs from the target (the budget
 *                       lines add up to 1,641,382 while 1,641,383 is declared), or null
 * @param partnerRule    the rule giving each partner its own target
 * @param distinctCount  true when the consolidated value counts distinct things (companies, people)
 *                       that several partners may share: it is measured for the whole network and
 *                       never summed from the partners' values
 */
public record Indicator(String code, Kind kind, Unit unit, String workPackage, LocalizedText name, LocalizedText definition,
                        BigDecimal globalTarget, BigDecimal declaredTarget, PartnerTargetRule partnerRule,
                        boolean distinctCount) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WORK_PACKAGE = Pattern.compile("GT[0-9]");

    public Indicator {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not an indicator code: " + code);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        if (workPackage != null && !WORK_PACKAGE.matcher(workPackage).matches()) {
            throw new IllegalArgumentException("Not a work package: " + workPackage);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        globalTarget = Targets.normalized(globalTarget);
        declaredTarget = Targets.normalized(declaredTarget);
        partnerRule = partnerRule == null ? PartnerTargetRule.none() : partnerRule;
    }

    /** Whether the indicator has no global target and is only followed. */
    public boolean tracked() {
        return globalTarget == null;
    }

    /** The network's target, empty for a tracked indicator. */
    public Optional<BigDecimal> target() {
        return Optional.ofNullable(globalTarget);
    }

    /** The partner's own target, empty when the indicator sets none for it. */
    public Optional<BigDecimal> targetFor(Partner partner) {
        return partnerRule.targetFor(partner);
    }

    /** The kinds of indicator the programme asks for (the seed's realisation, result, impact…). */
    public enum Kind {
        OUTPUT, RESULT, IMPACT, QUALITY, FINANCIAL;

        /** The code used in files and message keys, such as {@code output}. */
        public String code() {
            return name().toLowerCase();
        }

        public static Optional<Kind> fromCode(String code) {
            return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
        }
    }

    /** What one unit of an indicator's value is. */
    public enum Unit {
        COUNT, COMPANIES, ATTENDANCES, COMPANIES_PER_CONFERENCE, PEOPLE, STRUCTURES, MEETINGS, SENDS, CONNECTIONS,
        DAYS, EUROS, PERCENT;

        /** The code used in files and message keys, such as {@code companies-per-conference}. */
        public String code() {
            return name().toLowerCase().replace('_', '-');
        }

        public static Optional<Unit> fromCode(String code) {
            return Arrays.stream(values()).filter(u -> u.code().equals(code)).findFirst();
        }
    }
}

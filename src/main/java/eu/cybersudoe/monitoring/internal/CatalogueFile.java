package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.PartnerTargetRule;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the indicator catalogue file ({@code reference/monitoring/indicators.yml}). The
 * format is described at the top of that file. Texts are written in all four languages;
 * French, the language of the proposal, is their source whatever order they are written in.
 * Every problem stops the reading with a {@link eu.cybersudoe.shared.reference.ReferenceDataException}
 * naming the file and the line.
 */
final class CatalogueFile {

    /** An indicator read from the file, with the line where it starts. */
    record Entry(Indicator indicator, int line) {
    }

    static final Language SOURCE_LANGUAGE = Language.FR;

    private static final String[] INDICATOR_FIELDS = {"code", "kind", "unit", "work-package", "target",
            "declared-target", "per-partner", "distinct-count", "name", "definition"};
    private static final String[] PER_PARTNER_RULES = {"all", "by-country", "by-partner"};
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WORK_PACKAGE = Pattern.compile("GT[0-9]");
    private static final String TRACKED = "tracked";

    private CatalogueFile() {
    }

    /**
     * The indicators of a catalogue file, in its order.
     *
     * @throws eu.cybersudoe.shared.reference.ReferenceDataException naming the file and the line of the first problem
     */
    static List<Entry> read(ReferenceFile file) {
        ReferenceNode list = file.root().allowOnly("indicators").get("indicators");
        Map<String, ReferenceNode> seen = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (ReferenceNode node : list.elements()) {
            Entry entry = indicator(node);
            String code = entry.indicator().code();
            ReferenceNode previous = seen.putIfAbsent(code, node);
            if (previous != null) {
                throw node.problem("code", "indicator '" + code + "' is given twice (first on line " + previous.line() + ")");
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw list.problem("the catalogue lists no indicator");
        }
        return List.copyOf(entries);
    }

    private static Entry indicator(ReferenceNode node) {
        node.allowOnly(INDICATOR_FIELDS);
        String code = node.text("code");
        if (!CODE.matcher(code).matches()) {
            throw node.problem("code", "'" + code + "' is not a code (lower-case letters, digits and hyphens)");
        }
        String kindCode = node.text("kind");
        Indicator.Kind kind = Indicator.Kind.fromCode(kindCode).orElseThrow(() -> node.problem("kind",
                "unknown kind '" + kindCode + "' (expected one of " + codes(Indicator.Kind.values()) + ")"));
        String unitCode = node.text("unit");
        Indicator.Unit unit = Indicator.Unit.fromCode(unitCode).orElseThrow(() -> node.problem("unit",
                "unknown unit '" + unitCode + "' (expected one of " + codes(Indicator.Unit.values()) + ")"));
        String workPackage = node.optionalText("work-package").orElse(null);
        if (workPackage != null && !WORK_PACKAGE.matcher(workPackage).matches()) {
            throw node.problem("work-package", "'" + workPackage + "' is not a work package (GT0 to GT9)");
        }
        ReferenceNode targetNode = node.get("target");
        BigDecimal target = TRACKED.equals(targetNode.text()) ? null : target(targetNode);
        BigDecimal declared = node.find("declared-target").map(CatalogueFile::target).orElse(null);
        PartnerTargetRule perPartner = node.find("per-partner").map(CatalogueFile::partnerRule).orElse(PartnerTargetRule.none());
        boolean distinct = node.flag("distinct-count", false);
        Indicator indicator = new Indicator(code, kind, unit, workPackage, node.localized("name", SOURCE_LANGUAGE),
                node.localized("definition", SOURCE_LANGUAGE), target, declared, perPartner, distinct);
        return new Entry(indicator, node.line());
    }

    private static PartnerTargetRule partnerRule(ReferenceNode rule) {
        rule.allowOnly(PER_PARTNER_RULES);
        if (rule.keys().size() != 1) {
            throw rule.problem("give exactly one of " + String.join(", ", PER_PARTNER_RULES));
        }
        return switch (rule.keys().iterator().next()) {
            case "all" -> new PartnerTargetRule.SameForAll(target(rule.get("all")));
            case "by-country" -> {
                ReferenceNode countries = rule.get("by-country");
                Map<Country, BigDecimal> targets = new EnumMap<>(Country.class);
                for (String country : countries.keys()) {
                    targets.put(country(countries, country), target(countries.get(country)));
                }
                yield new PartnerTargetRule.ByCountry(targets);
            }
            default -> {
                ReferenceNode partners = rule.get("by-partner");
                Map<PartnerId, BigDecimal> targets = new HashMap<>();
                for (String partner : partners.keys()) {
                    targets.put(partnerId(partners, partner), target(partners.get(partner)));
                }
                yield new PartnerTargetRule.ByPartner(targets);
            }
        };
    }

    private static Country country(ReferenceNode countries, String code) {
        return Arrays.stream(Country.values()).filter(c -> c.name().equals(code)).findFirst()
                .orElseThrow(() -> countries.problem(code, "unknown country '" + code + "' (expected one of "
                        + Arrays.stream(Country.values()).map(Country::name).collect(Collectors.joining(", ")) + ")"));
    }

    private static PartnerId partnerId(ReferenceNode partners, String id) {
        try {
            return new PartnerId(id);
        } catch (IllegalArgumentException e) {
            throw partners.problem(id, "'" + id + "' is not a partner id (lower-case letters, digits and hyphens)");
        }
    }

    /** A target: a number, not negative, that the database can hold. */
    private static BigDecimal target(ReferenceNode node) {
        BigDecimal value = node.decimal();
        if (value.signum() < 0) {
            throw node.problem("a target cannot be negative");
        }
        if (value.stripTrailingZeros().scale() > 4 || value.precision() - value.scale() > 15) {
            throw node.problem("a target has at most 15 digits before the decimal point and 4 after it");
        }
        return value;
    }

    private static String codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
    }
}

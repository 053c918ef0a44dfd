package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.PartnerTargetRule;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the indicator catalogue file ({@code reference/monitoring/indicators.yml}). The
 * format is described at the top of that file. Texts are written in all four languages;
 * French, the language of the proposal, is their source.
 */
final class CatalogueFile {

    /** An indicator read from the file, with the line where it starts. */
    record Entry(Indicator indicator, int line) {
    }

    static final Language SOURCE_LANGUAGE = Language.FR;

    private static final Set<String> ROOT_KEYS = Set.of("indicators");
    private static final Set<String> INDICATOR_KEYS = new LinkedHashSet<>(List.of("code", "kind", "unit", "work-package",
            "target", "declared-target", "per-partner", "distinct-count", "name", "definition"));
    private static final Set<String> PER_PARTNER_KEYS = new LinkedHashSet<>(List.of("all", "by-country", "by-partner"));
    private static final Set<String> LANGUAGE_KEYS = Arrays.stream(Language.values()).map(Language::code)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    private static final String TRACKED = "tracked";

    private final String file;

    private CatalogueFile(String file) {
        this.file = file;
    }

    /**
     * The indicators of a catalogue file, in its order.
     *
     * @param reader the file's content
     * @param file   the file's name, for messages
     * @throws CatalogueFileException naming the file and the line of the first problem
     */
    static List<Entry> read(Reader reader, String file) {
        return new CatalogueFile(file).read(reader);
    }

    private List<Entry> read(Reader reader) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new CatalogueFileException(file, line, "not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new CatalogueFileException(file, 0, "not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new CatalogueFileException(file, 1, "the file is empty");
        }
        YamlMapping top = YamlMapping.of(file, root, ROOT_KEYS);
        List<Entry> entries = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node item : top.sequence(top.required("indicators"))) {
            Entry entry = indicator(item);
            if (!codes.add(entry.indicator().code())) {
                throw new CatalogueFileException(file, entry.line(), "indicator '" + entry.indicator().code() + "' appears twice");
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw top.problem(top.required("indicators"), "the catalogue lists no indicator");
        }
        return entries;
    }

    private Entry indicator(Node node) {
        YamlMapping map = YamlMapping.of(file, node, INDICATOR_KEYS);
        String code = map.requiredText("code");
        if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw map.problem(map.required("code"), "'" + code + "' is not a code (lower-case letters, digits and hyphens)");
        }
        Indicator.Kind kind = Indicator.Kind.fromCode(map.requiredText("kind")).orElseThrow(() -> map.problem(
                map.required("kind"), "unknown kind (expected one of " + codes(Indicator.Kind.values()) + ")"));
        Indicator.Unit unit = Indicator.Unit.fromCode(map.requiredText("unit")).orElseThrow(() -> map.problem(
                map.required("unit"), "unknown unit (expected one of " + codes(Indicator.Unit.values()) + ")"));
        String workPackage = map.optionalText("work-package").orElse(null);
        if (workPackage != null && !workPackage.matches("GT[0-9]")) {
            throw map.problem(map.required("work-package"), "'" + workPackage + "' is not a work package (GT0 to GT9)");
        }
        Node targetNode = map.required("target");
        BigDecimal target = TRACKED.equals(map.text(targetNode)) ? null : nonNegative(map, targetNode);
        BigDecimal declared = map.optional("declared-target").map(n -> nonNegative(map, n)).orElse(null);
        PartnerTargetRule perPartner = map.optional("per-partner").map(this::partnerRule).orElse(PartnerTargetRule.none());
        boolean distinct = map.optional("distinct-count").map(map::bool).orElse(false);
        Indicator indicator = new Indicator(code, kind, unit, workPackage, text(map.required("name")),
                text(map.required("definition")), target, declared, perPartner, distinct);
        return new Entry(indicator, YamlMapping.lineOf(node));
    }

    private PartnerTargetRule partnerRule(Node node) {
        YamlMapping map = YamlMapping.of(file, node, PER_PARTNER_KEYS);
        if (map.entries().size() != 1) {
            throw map.problem(node, "per-partner takes exactly one of " + String.join(", ", PER_PARTNER_KEYS));
        }
        Map.Entry<String, Node> rule = map.entries().entrySet().iterator().next();
        return switch (rule.getKey()) {
            case "all" -> new PartnerTargetRule.SameForAll(nonNegative(map, rule.getValue()));
            case "by-country" -> {
                YamlMapping countries = YamlMapping.of(file, rule.getValue(), Set.of());
                Map<Country, BigDecimal> targets = new EnumMap<>(Country.class);
                countries.entries().forEach((country, value) -> targets.put(country(countries, country, value),
                        nonNegative(countries, value)));
                yield new PartnerTargetRule.ByCountry(targets);
            }
            default -> {
                YamlMapping partners = YamlMapping.of(file, rule.getValue(), Set.of());
                Map<PartnerId, BigDecimal> targets = new HashMap<>();
                partners.entries().forEach((partner, value) -> targets.put(partnerId(partners, partner, value),
                        nonNegative(partners, value)));
                yield new PartnerTargetRule.ByPartner(targets);
            }
        };
    }

    private static Country country(YamlMapping map, String code, Node at) {
        return Arrays.stream(Country.values()).filter(c -> c.name().equals(code)).findFirst()
                .orElseThrow(() -> map.problem(at, "unknown country '" + code + "' (expected one of FR, ES, PT)"));
    }

    private static PartnerId partnerId(YamlMapping map, String id, Node at) {
        try {
            return new PartnerId(id);
        } catch (IllegalArgumentException e) {
            throw map.problem(at, "'" + id + "' is not a partner id");
        }
    }

    private static BigDecimal nonNegative(YamlMapping map, Node node) {
        BigDecimal value = map.number(node);
        if (value.signum() < 0) {
            throw map.problem(node, "a target cannot be negative");
        }
        if (value.stripTrailingZeros().scale() > 4 || value.precision() - value.scale() > 15) {
            throw map.problem(node, "a target has at most 15 digits before the decimal point and 4 after it");
        }
        return value;
    }

    /** A text in every language: a mapping of language codes to texts. */
    private LocalizedText text(Node node) {
        YamlMapping map = YamlMapping.of(file, node, LANGUAGE_KEYS);
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Node value = map.optional(language.code()).orElseThrow(() -> map.problem(node, "missing the "
                    + language.code() + " text (every text is written in " + String.join(", ", LANGUAGE_KEYS) + ")"));
            texts.put(language, map.text(value));
        }
        return new LocalizedText(texts, SOURCE_LANGUAGE);
    }

    private static String codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase().replace('_', '-')).collect(Collectors.joining(", "));
    }
}

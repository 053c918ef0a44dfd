package eu.cybersudoe.companies.classification;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NUTS 2 region (NUTS 2021) of a postcode: France by département, Spain by province, Portugal
 * by ranges of the four-digit CP4 (approximate at the borders between regions). Read from
 * {@code reference/companies/postcode-regions.yml}; as a Spring component, a broken file stops
 * start-up naming file and line.
 */
@Component
public class PostcodeRegions {

    /** The shipped file, on the class path. */
    public static final String FILE = "reference/companies/postcode-regions.yml";

    private static final Pattern NUTS2 = Pattern.compile("(FR|ES|PT)[0-9A-Z]{2}");
    private static final Pattern DEPARTMENT = Pattern.compile("[0-9]{2}|2[AB]|97[0-9]");
    private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");
    private static final Pattern CP4 = Pattern.compile("[1-9][0-9]{3}");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    /** "FR-", "F ", "ES-", "E-"… before a postcode, by country. */
    private static final Map<Country, Pattern> COUNTRY_PREFIXES = prefixes();
    private static final Pattern DASHES = Pattern.compile(" ?[\\-\\u2010-\\u2015] ?");
    /** "63000", "63 000", "1000" (01000 without its zero), then possibly a town or CEDEX. */
    private static final Pattern FIVE_DIGITS = Pattern.compile("([0-9]{2}) ?([0-9]{3})(?: [^0-9].*)?|([0-9]{4})(?: [^0-9].*)?");
    /** "6200-001", "6200 001", "6200001", "6200", then possibly a town. */
    private static final Pattern PORTUGUESE = Pattern.compile("([0-9]{4})(?:[ \\-]?[0-9]{3})?(?: [^0-9].*)?");

    private final Map<String, String> departmentRegions;
    private final List<Range> corsica;
    private final Set<String> outsideNuts;
    private final Map<String, String> provinceRegions;
    private final List<Range> portugal;

    /** A span of postcodes, both ends included, and what it stands for (a département or a region). */
    private record Range(int from, int to, String value, ReferenceNode node) {
        boolean contains(int code) {
            return from <= code && code <= to;
        }
    }

    /** With the shipped file. */
    public PostcodeRegions() {
        this(ReferenceFile.read(FILE, new ClassPathResource(FILE)));
    }

    /**
     * With a file of the shipped file's form.
     *
     * @throws eu.cybersudoe.shared.reference.ReferenceDataException naming the line of the first problem
     */
    public PostcodeRegions(ReferenceFile file) {
        ReferenceNode root = file.root().allowOnly("france", "spain", "portugal");
        ReferenceNode france = root.get("france").allowOnly("regions", "corsica", "outside-nuts");
        departmentRegions = regions(france.list("regions"), "departments", DEPARTMENT, "FR");
        corsica = corsica(france.list("corsica"), departmentRegions);
        outsideNuts = Set.copyOf(france.list("outside-nuts").stream()
                .map(postcode -> ReferenceCodes.read(postcode, POSTCODE, "a postcode of five digits")).toList());
        provinceRegions = regions(root.get("spain").allowOnly("regions").list("regions"), "provinces", PROVINCE, "ES");
        portugal = portugal(root.get("portugal").allowOnly("ranges").list("ranges"));
    }

    /**
     * The NUTS 2 code of a postcode, such as {@code FRK1} for 63000, {@code ES42} for 45001 or
     * {@code PT16} for 6200-001; empty when the postcode cannot be read or lies in no NUTS 2 region.
     * Tolerates spaces, a country prefix (F-, E-, P-, FR-…), a French or Spanish postcode whose
     * leading zero a spreadsheet dropped (1000 for 01000), and a town or CEDEX after the code.
     */
    public Optional<String> nuts2(Country country, String postcode) {
        Objects.requireNonNull(country, "country");
        if (postcode == null) {
            return Optional.empty();
        }
        String text = tidy(country, postcode);
        return switch (country) {
            case FR -> fiveDigits(text).flatMap(this::france);
            case ES -> fiveDigits(text).map(code -> provinceRegions.get(code.substring(0, 2)));
            case PT -> portugal(text);
        };
    }

    /** The message key (bundle {@code classification}) telling that a postcode of this country could not be placed; {0} is the postcode. */
    public static String unplacedMessageKey(Country country) {
        return "classification.postcode.unplaced." + country.name();
    }

    private Optional<String> france(String code) {
        if (outsideNuts.contains(code)) {
            return Optional.empty();
        }
        if (code.startsWith("20")) {
            int number = Integer.parseInt(code);
            return corsica.stream().filter(r -> r.contains(number)).findFirst().map(r -> departmentRegions.get(r.value()));
        }
        String department = code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2);
        return Optional.ofNullable(departmentRegions.get(department));
    }

    private Optional<String> portugal(String text) {
        Matcher matcher = PORTUGUESE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int cp4 = Integer.parseInt(matcher.group(1));
        return portugal.stream().filter(r -> r.contains(cp4)).findFirst().map(Range::value);
    }

    private static Optional<String> fiveDigits(String text) {
        Matcher matcher = FIVE_DIGITS.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) != null ? matcher.group(1) + matcher.group(2) : "0" + matcher.group(3));
    }

    private static String tidy(Country country, String postcode) {
        String text = SPACES.matcher(postcode).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
        text = DASHES.matcher(text).replaceAll("-");
        return COUNTRY_PREFIXES.get(country).matcher(text).replaceFirst("").strip();
    }

    private static Map<Country, Pattern> prefixes() {
        Map<Country, Pattern> prefixes = new EnumMap<>(Country.class);
        for (Country country : Country.values()) {
            prefixes.put(country, Pattern.compile("^(?:" + country.name() + "|" + country.name().charAt(0) + ")(?:-| )"));
        }
        return prefixes;
    }

    private static List<Range> corsica(List<ReferenceNode> entries, Map<String, String> departmentRegions) {
        List<Range> ranges = new ArrayList<>();
        for (ReferenceNode range : entries) {
            range.allowOnly("department", "from", "to");
            String department = ReferenceCodes.read(range.get("department"), DEPARTMENT, "a département");
            if (!"FRM0".equals(departmentRegions.get(department))) {
                throw range.problem("department", department + " is not a Corsican département of the regions above");
            }
            ranges.add(range(range, POSTCODE, "a postcode of five digits", department));
        }
        return checkDisjoint(ranges);
    }

    private static List<Range> portugal(List<ReferenceNode> entries) {
        List<Range> ranges = new ArrayList<>();
        for (ReferenceNode range : entries) {
            range.allowOnly("from", "to", "region", "note");
            ranges.add(range(range, CP4, "a CP4 of four digits", region(range.get("region"), "PT")));
        }
        return checkDisjoint(ranges);
    }

    private static Map<String, String> regions(List<ReferenceNode> entries, String field, Pattern form, String country) {
        Map<String, String> regions = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ReferenceNode entry : entries) {
            entry.allowOnly("region", field);
            String region = region(entry.get("region"), country);
            if (!seen.add(region)) {
                throw entry.problem("region", region + " is given twice");
            }
            for (ReferenceNode part : entry.list(field)) {
                String code = ReferenceCodes.read(part, form, "a code such as " + (country.equals("FR") ? "63, 2A or 971" : "45"));
                String previous = regions.putIfAbsent(code, region);
                if (previous != null) {
                    throw part.problem(code + " is already in " + previous);
                }
            }
        }
        return Map.copyOf(regions);
    }

    private static String region(ReferenceNode node, String country) {
        String region = ReferenceCodes.read(node, NUTS2, "a NUTS 2 code such as " + country + "16");
        if (!region.startsWith(country)) {
            throw node.problem(region + " is not a region of " + country);
        }
        return region;
    }

    private static Range range(ReferenceNode range, Pattern form, String expected, String value) {
        int from = Integer.parseInt(ReferenceCodes.read(range.get("from"), form, expected));
        int to = Integer.parseInt(ReferenceCodes.read(range.get("to"), form, expected));
        if (to < from) {
            throw range.problem("to", "the range ends before it starts");
        }
        return new Range(from, to, value, range);
    }

    private static List<Range> checkDisjoint(List<Range> ranges) {
        List<Range> sorted = ranges.stream().sorted(Comparator.comparingInt(Range::from)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            Range previous = sorted.get(i - 1);
            Range range = sorted.get(i);
            if (range.from() <= previous.to()) {
                throw range.node().problem("overlaps the range " + previous.from() + "-" + previous.to()
                        + " (line " + previous.node().line() + ")");
            }
        }
        return List.copyOf(sorted);
    }
}

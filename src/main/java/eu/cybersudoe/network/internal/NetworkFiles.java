package eu.cybersudoe.network.internal;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.ProjectCalendar;
import eu.cybersudoe.network.ProjectCalendar.PlannedMeeting;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;
import org.springframework.core.io.ResourceLoader;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the network's reference files (partners, regions, work packages, themes, calendar) and
 * checks them against each other. Every problem stops the reading with the file and the line.
 */
final class NetworkFiles {

    static final String PARTNERS = "partners.yml";
    static final String REGIONS = "regions.yml";
    static final String WORK_PACKAGES = "work-packages.yml";
    static final String THEMES = "themes.yml";
    static final String CALENDAR = "calendar.yml";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NUTS2 = Pattern.compile("[A-Z]{2}[0-9A-Z]{2}");
    private static final Pattern WORK_PACKAGE = Pattern.compile("GT[0-9]{1,2}");
    private static final Pattern PICTOGRAM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.svg");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s\"<>]+");

    /** Where the files come from. */
    @FunctionalInterface
    interface Source {
        ReferenceFile file(String name);
    }

    private NetworkFiles() {
    }

    /** The files under a Spring resource location such as {@code classpath:reference/network/}. */
    static Source at(ResourceLoader resources, String location) {
        String folder = location.endsWith("/") ? location : location + "/";
        String shown = folder.startsWith("classpath:") ? folder.substring("classpath:".length()) : folder;
        return name -> ReferenceFile.read(shown + name, resources.getResource(folder + name));
    }

    static NetworkData read(Source source) {
        Map<String, RegionEntry> regions = regions(source.file(REGIONS));
        Map<PartnerId, PartnerEntry> partners = partners(source.file(PARTNERS), regions);
        List<Region> coverage = coverage(regions, partners);
        ReferenceNode workPackagesRoot = source.file(WORK_PACKAGES).root().allowOnly("declared-total", "work-packages");
        List<WorkPackage> workPackages = workPackages(workPackagesRoot, partners);
        BigDecimal declared = amount(workPackagesRoot, "declared-total");
        return new NetworkData(partners.values().stream().map(PartnerEntry::partner).toList(), coverage, workPackages,
                declared, themes(source.file(THEMES)), calendar(source.file(CALENDAR)));
    }

    // --- regions and partners -------------------------------------------------------------

    private record RegionEntry(String code, String name, Country country, Optional<ReferenceNode> primary, ReferenceNode node) {
    }

    private record PartnerEntry(Partner partner, ReferenceNode node) {
    }

    private static Map<String, RegionEntry> regions(ReferenceFile file) {
        Map<String, RegionEntry> regions = new LinkedHashMap<>();
        for (ReferenceNode node : file.root().allowOnly("regions").list("regions")) {
            node.allowOnly("code", "name", "primary");
            String code = node.text("code");
            if (!NUTS2.matcher(code).matches()) {
                throw node.problem("code", "'" + code + "' is not a NUTS 2 code such as FRK1");
            }
            Country country = countryOf(code).orElseThrow(() -> node.problem("code",
                    "'" + code + "' is not in France, Spain or Portugal (FR, ES, PT)"));
            RegionEntry previous = regions.put(code, new RegionEntry(code, node.text("name"), country, node.find("primary"), node));
            if (previous != null) {
                throw node.problem("code", "region " + code + " is given twice (first on line " + previous.node.line() + ")");
            }
        }
        return regions;
    }

    private static Map<PartnerId, PartnerEntry> partners(ReferenceFile file, Map<String, RegionEntry> regions) {
        Map<PartnerId, PartnerEntry> partners = new LinkedHashMap<>();
        ReferenceNode list = file.root().allowOnly("partners").get("partners");
        PartnerEntry lead = null;
        for (ReferenceNode node : list.elements()) {
            node.allowOnly("id", "name", "short-name", "country", "city", "address", "website", "lead", "work-package", "regions",
                    "description");
            PartnerId id = partnerId(node, "id");
            String website = node.optionalText("website").orElse(null);
            if (website != null && !WEBSITE.matcher(website).matches()) {
                throw node.problem("website", "'" + website + "' is not a web address starting with https:// or http://");
            }
            String workPackage = node.optionalText("work-package").orElse(null);
            if (workPackage != null && !WORK_PACKAGE.matcher(workPackage).matches()) {
                throw node.problem("work-package", "'" + workPackage + "' is not a work package code such as GT3");
            }
            List<String> covered = new ArrayList<>();
            for (ReferenceNode region : node.list("regions")) {
                String code = region.text();
                if (!regions.containsKey(code)) {
                    throw region.problem("unknown region '" + code + "': declare it in " + REGIONS);
                }
                if (covered.contains(code)) {
                    throw region.problem("region " + code + " is listed twice");
                }
                covered.add(code);
            }
            Partner partner = new Partner(id, node.text("name"), node.text("short-name"), node.choice("country", Country.class),
                    node.text("city"), website, node.flag("lead", false), workPackage, List.copyOf(covered),
                    node.localized("description"), node.optionalText("address").orElse(null));
            PartnerEntry entry = new PartnerEntry(partner, node);
            PartnerEntry previous = partners.put(id, entry);
            if (previous != null) {
                throw node.problem("id", "partner '" + id + "' is given twice (first on line " + previous.node.line() + ")");
            }
            if (partner.lead()) {
                if (lead != null) {
                    throw node.problem("lead", "only one partner can lead; '" + lead.partner.id() + "' already does");
                }
                lead = entry;
            }
        }
        if (partners.isEmpty()) {
            throw list.problem("the network needs at least one partner");
        }
        if (lead == null) {
            throw list.problem("no partner is the lead partner: give one 'lead: true'");
        }
        return partners;
    }

    private static List<Region> coverage(Map<String, RegionEntry> regions, Map<PartnerId, PartnerEntry> partners) {
        List<Region> result = new ArrayList<>();
        for (RegionEntry region : regions.values()) {
            List<PartnerId> covering = partners.values().stream().map(PartnerEntry::partner)
                    .filter(p -> p.regions().contains(region.code)).map(Partner::id).toList();
            Optional<PartnerId> primary = region.primary.map(node -> {
                PartnerId id = partnerId(node);
                if (!partners.containsKey(id)) {
                    throw node.problem("unknown partner '" + id + "': declare it in " + PARTNERS);
                }
                if (!covering.contains(id)) {
                    throw node.problem("partner '" + id + "' does not cover " + region.code + " in " + PARTNERS);
                }
                return id;
            });
            if (covering.size() > 1 && primary.isEmpty()) {
                throw region.node.problem("region " + region.code + " is covered by " + covering.size()
                        + " partners (" + String.join(", ", covering.stream().map(PartnerId::value).toList())
                        + "): say which one answers its requests with 'primary'");
            }
            result.add(new Region(region.code, region.name, region.country, covering, primary));
        }
        result.sort(Comparator.comparing(Region::country).thenComparing(Region::code));
        return List.copyOf(result);
    }

    // --- work packages --------------------------------------------------------------------

    private static List<WorkPackage> workPackages(ReferenceNode root, Map<PartnerId, PartnerEntry> partners) {
        Map<String, ReferenceNode> nodes = new HashMap<>();
        List<WorkPackage> workPackages = new ArrayList<>();
        for (ReferenceNode node : root.list("work-packages")) {
            node.allowOnly("code", "title", "co-pilot", "budget");
            String code = node.text("code");
            if (!WORK_PACKAGE.matcher(code).matches()) {
                throw node.problem("code", "'" + code + "' is not a work package code such as GT3");
            }
            ReferenceNode previous = nodes.put(code, node);
            if (previous != null) {
                throw node.problem("code", "work package " + code + " is given twice (first on line " + previous.line() + ")");
            }
            PartnerId coPilot = node.find("co-pilot").map(NetworkFiles::partnerId).orElse(null);
            if (coPilot != null) {
                PartnerEntry partner = partners.get(coPilot);
                if (partner == null) {
                    throw node.problem("co-pilot", "unknown partner '" + coPilot + "': declare it in " + PARTNERS);
                }
                if (!code.equals(partner.partner.coPilotedWorkPackage())) {
                    throw node.problem("co-pilot", "names '" + coPilot + "' as co-pilot, but " + PARTNERS + " gives it "
                            + (partner.partner.coPilotedWorkPackage() == null ? "no work package"
                            : "work package " + partner.partner.coPilotedWorkPackage()));
                }
            }
            workPackages.add(new WorkPackage(code, node.localized("title"), coPilot, amount(node, "budget")));
        }
        for (PartnerEntry entry : partners.values()) {
            String code = entry.partner.coPilotedWorkPackage();
            if (code == null) {
                continue;
            }
            WorkPackage workPackage = workPackages.stream().filter(w -> w.code().equals(code)).findFirst()
                    .orElseThrow(() -> entry.node.problem("work-package", "unknown work package " + code + ": declare it in " + WORK_PACKAGES));
            if (!entry.partner.id().equals(workPackage.coPilot())) {
                throw entry.node.problem("work-package", WORK_PACKAGES + " does not name '" + entry.partner.id()
                        + "' as co-pilot of " + code);
            }
        }
        return List.copyOf(workPackages);
    }

    private static BigDecimal amount(ReferenceNode node, String key) {
        BigDecimal amount = node.decimal(key);
        if (amount.signum() < 0) {
            throw node.problem(key, "must not be negative");
        }
        if (amount.scale() > 2) {
            throw node.problem(key, "must have at most two decimals (cents)");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    // --- themes and calendar --------------------------------------------------------------

    private static List<Theme> themes(ReferenceFile file) {
        Map<String, ReferenceNode> seen = new HashMap<>();
        List<Theme> themes = new ArrayList<>();
        for (ReferenceNode node : file.root().allowOnly("themes").list("themes")) {
            node.allowOnly("code", "kind", "position", "pictogram", "name", "retired");
            String code = slug(node, "code");
            ReferenceNode previous = seen.put(code, node);
            if (previous != null) {
                throw node.problem("code", "theme '" + code + "' is given twice (first on line " + previous.line() + ")");
            }
            String pictogram = node.text("pictogram");
            if (!PICTOGRAM.matcher(pictogram).matches()) {
                throw node.problem("pictogram", "'" + pictogram + "' is not an SVG file name such as security.svg");
            }
            themes.add(new Theme(code, node.choice("kind", Theme.Kind.class), node.localized("name"), pictogram,
                    !node.flag("retired", false), node.integer("position")));
        }
        return List.copyOf(themes);
    }

    private static ProjectCalendar calendar(ReferenceFile file) {
        ReferenceNode root = file.root().allowOnly("project", "meetings");
        ReferenceNode project = root.get("project").allowOnly("start", "end");
        LocalDate start = project.date("start");
        LocalDate end = project.date("end");
        if (!end.isAfter(start)) {
            throw project.problem("end", "the project must end after it starts (" + start + ")");
        }
        Map<String, ReferenceNode> seen = new HashMap<>();
        List<PlannedMeeting> meetings = new ArrayList<>();
        for (ReferenceNode node : root.optionalList("meetings")) {
            node.allowOnly("code", "kind", "city", "date", "title");
            String code = slug(node, "code");
            ReferenceNode previous = seen.put(code, node);
            if (previous != null) {
                throw node.problem("code", "meeting '" + code + "' is given twice (first on line " + previous.line() + ")");
            }
            meetings.add(new PlannedMeeting(code, node.localized("title"), node.text("city"), node.date("date"),
                    node.choice("kind", PlannedMeeting.Kind.class)));
        }
        meetings.sort(Comparator.comparing(PlannedMeeting::date).thenComparing(PlannedMeeting::code));
        return new ProjectCalendar(start, end, Semester.between(start, end), List.copyOf(meetings));
    }

    // --- values ---------------------------------------------------------------------------

    private static PartnerId partnerId(ReferenceNode node, String key) {
        return partnerId(node.get(key));
    }

    private static PartnerId partnerId(ReferenceNode node) {
        String value = node.text();
        if (!SLUG.matcher(value).matches()) {
            throw node.problem("'" + value + "' is not a partner id (lower-case letters, digits and hyphens)");
        }
        return new PartnerId(value);
    }

    private static String slug(ReferenceNode node, String key) {
        String value = node.text(key);
        if (!SLUG.matcher(value).matches()) {
            throw node.problem(key, "'" + value + "' is not a code (lower-case letters, digits and hyphens)");
        }
        return value;
    }

    static Optional<Country> countryOf(String nutsCode) {
        String prefix = nutsCode.length() < 2 ? "" : nutsCode.substring(0, 2);
        for (Country country : Country.values()) {
            if (country.name().equals(prefix)) {
                return Optional.of(country);
            }
        }
        return Optional.empty();
    }
}

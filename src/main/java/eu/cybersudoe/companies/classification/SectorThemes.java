package eu.cybersudoe.companies.classification;

import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;
import org.springframework.core.io.ClassPathResource;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sectoral theme (building, tourism, commerce, agri-food, industry) of a NACE Rev. 2 class,
 * read from {@code reference/companies/sector-themes.yml}. A theme is given by sections, divisions
 * or classes; the most precise level wins, so a division mapped to agri-food overrides its
 * section mapped to industry.
 */
public final class SectorThemes {

    /** The shipped file, on the class path. */
    public static final String FILE = "reference/companies/sector-themes.yml";

    private static final Pattern THEME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final NaceRev2 nace;
    private final Set<String> themes;
    private final Map<String, String> bySection;
    private final Map<String, String> byDivision;
    private final Map<String, String> byClass;

    private SectorThemes(NaceRev2 nace, Set<String> themes, Map<String, String> bySection, Map<String, String> byDivision,
                         Map<String, String> byClass) {
        this.nace = nace;
        this.themes = Collections.unmodifiableSet(themes);
        this.bySection = Map.copyOf(bySection);
        this.byDivision = Map.copyOf(byDivision);
        this.byClass = Map.copyOf(byClass);
    }

    /** The shipped file. */
    public static SectorThemes load(NaceRev2 nace) {
        return read(ReferenceFile.read(FILE, new ClassPathResource(FILE)), nace);
    }

    /**
     * Reads a file of the shipped file's form, checking every code against NACE Rev. 2.
     *
     * @throws eu.cybersudoe.shared.reference.ReferenceDataException naming the line of the first problem
     */
    public static SectorThemes read(ReferenceFile file, NaceRev2 nace) {
        Set<String> themes = new LinkedHashSet<>();
        Map<String, String> bySection = new HashMap<>();
        Map<String, String> byDivision = new HashMap<>();
        Map<String, String> byClass = new HashMap<>();
        for (ReferenceNode entry : file.root().allowOnly("themes").list("themes")) {
            entry.allowOnly("theme", "sections", "divisions", "classes");
            String theme = ReferenceCodes.read(entry.get("theme"), THEME, "a theme code such as agri-food");
            if (!themes.add(theme)) {
                throw entry.problem("theme", "theme " + theme + " is given twice");
            }
            for (ReferenceNode section : entry.optionalList("sections")) {
                assign(bySection, section, theme, nace.sections().containsKey(section.text()), "section");
            }
            for (ReferenceNode division : entry.optionalList("divisions")) {
                assign(byDivision, division, theme, nace.divisions().containsKey(division.text()), "division");
            }
            for (ReferenceNode naceClass : entry.optionalList("classes")) {
                assign(byClass, naceClass, theme, nace.isClass(naceClass.text()), "class");
            }
        }
        return new SectorThemes(nace, themes, bySection, byDivision, byClass);
    }

    private static void assign(Map<String, String> level, ReferenceNode node, String theme, boolean known, String kind) {
        String code = node.text();
        if (!known) {
            throw node.problem("'" + code + "' is not a NACE Rev. 2 " + kind);
        }
        String previous = level.putIfAbsent(code, theme);
        if (previous != null) {
            throw node.problem(kind + " " + code + " is already given to " + previous);
        }
    }

    /** The theme codes the file maps, in file order. */
    public Set<String> themes() {
        return themes;
    }

    /** The theme of a NACE class ({@code 10.71}), or empty when it belongs to none. */
    public Optional<String> of(String naceClass) {
        if (!nace.isClass(naceClass)) {
            return Optional.empty();
        }
        String theme = byClass.get(naceClass);
        if (theme == null) {
            theme = byDivision.get(naceClass.substring(0, 2));
        }
        if (theme == null) {
            theme = bySection.get(nace.section(naceClass).orElseThrow());
        }
        return Optional.ofNullable(theme);
    }
}

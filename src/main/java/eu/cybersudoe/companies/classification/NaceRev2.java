package eu.cybersudoe.companies.classification;

import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;
import org.springframework.core.io.ClassPathResource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The NACE Rev. 2 structure (sections, divisions, classes; a group is a class without its last
 * digit) and how each country's code refines a class, read from
 * {@code reference/companies/nace-rev2.yml}.
 */
public final class NaceRev2 {

    /** The shipped file, on the class path. */
    public static final String FILE = "reference/companies/nace-rev2.yml";

    private static final Pattern SECTION = Pattern.compile("[A-Z]");
    private static final Pattern DIVISION = Pattern.compile("[0-9]{2}");
    private static final Pattern CLASS = Pattern.compile("[0-9]{2}\\.[0-9]{2}");

    private final Map<String, String> sections;
    private final Map<String, String> divisions;
    private final Map<String, String> sectionOfDivision;
    private final Set<String> classes;
    private final NationalCodes national;

    private NaceRev2(Map<String, String> sections, Map<String, String> divisions, Map<String, String> sectionOfDivision,
                     Set<String> classes, NationalCodes national) {
        this.sections = Collections.unmodifiableMap(sections);
        this.divisions = Collections.unmodifiableMap(divisions);
        this.sectionOfDivision = Collections.unmodifiableMap(sectionOfDivision);
        this.classes = Collections.unmodifiableSet(classes);
        this.national = national;
    }

    /** The shipped file. */
    public static NaceRev2 load() {
        return read(ReferenceFile.read(FILE, new ClassPathResource(FILE)));
    }

    /**
     * Reads a file of the shipped file's form.
     *
     * @throws eu.cybersudoe.shared.reference.ReferenceDataException naming the line of the first problem
     */
    public static NaceRev2 read(ReferenceFile file) {
        ReferenceNode root = file.root().allowOnly("sections", "national");
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, String> divisions = new LinkedHashMap<>();
        Map<String, String> sectionOfDivision = new LinkedHashMap<>();
        Set<String> classes = new TreeSet<>();
        for (ReferenceNode section : root.list("sections")) {
            section.allowOnly("code", "title", "divisions");
            String letter = ReferenceCodes.read(section.get("code"), SECTION, "a capital letter such as J");
            if (sections.putIfAbsent(letter, section.text("title")) != null) {
                throw section.problem("code", "section " + letter + " is given twice");
            }
            for (ReferenceNode division : section.list("divisions")) {
                division.allowOnly("code", "title", "classes");
                String number = ReferenceCodes.read(division.get("code"), DIVISION, "two digits such as 62");
                if (divisions.putIfAbsent(number, division.text("title")) != null) {
                    throw division.problem("code", "division " + number + " is given twice");
                }
                sectionOfDivision.put(number, letter);
                for (ReferenceNode naceClass : division.list("classes")) {
                    String code = ReferenceCodes.read(naceClass, CLASS, "a class written like 62.01");
                    if (!code.startsWith(number + ".")) {
                        throw naceClass.problem("class " + code + " is not in division " + number);
                    }
                    if (!classes.add(code)) {
                        throw naceClass.problem("class " + code + " is given twice");
                    }
                }
            }
        }
        NationalCodes national = NationalCodes.read(root.get("national"), classes);
        return new NaceRev2(sections, divisions, sectionOfDivision, classes, national);
    }

    /** Every class, such as {@code 62.01}, in order. */
    public Set<String> classes() {
        return classes;
    }

    public boolean isClass(String code) {
        return classes.contains(code);
    }

    /** The sections' letters and English titles, in order. */
    public Map<String, String> sections() {
        return sections;
    }

    /** The divisions' two-digit codes and English titles, in order. */
    public Map<String, String> divisions() {
        return divisions;
    }

    /** The section letter of a class ({@code 62.01}) or division ({@code 62}). */
    public Optional<String> section(String classOrDivision) {
        if (classOrDivision == null || classOrDivision.length() < 2) {
            return Optional.empty();
        }
        if (classOrDivision.length() > 2 && !classes.contains(classOrDivision)) {
            return Optional.empty();
        }
        return Optional.ofNullable(sectionOfDivision.get(classOrDivision.substring(0, 2)));
    }

    NationalCodes national() {
        return national;
    }
}

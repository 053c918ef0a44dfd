package eu.cybersudoe.companies.classification;

import eu.cybersudoe.shared.reference.ReferenceNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How national codes refine NACE classes, from the {@code national} part of nace-rev2.yml: the
 * letters NAF rév. 2 uses, and the NACE classes CNAE-2009 divides into national classes.
 */
final class NationalCodes {

    private static final Pattern LETTER = Pattern.compile("[A-Z]");
    private static final Pattern CNAE = Pattern.compile("[0-9]{4}");

    private final Set<Character> nafLetters;
    private final Map<String, String> cnaeClassOf;
    private final Map<String, List<String>> cnaeSubdivisions;

    private NationalCodes(Set<Character> nafLetters, Map<String, String> cnaeClassOf, Map<String, List<String>> cnaeSubdivisions) {
        this.nafLetters = Collections.unmodifiableSet(nafLetters);
        this.cnaeClassOf = Collections.unmodifiableMap(cnaeClassOf);
        this.cnaeSubdivisions = Collections.unmodifiableMap(cnaeSubdivisions);
    }

    static NationalCodes read(ReferenceNode national, Set<String> naceClasses) {
        national.allowOnly("naf-rev2", "cnae-2009", "cae-rev3");
        Set<Character> letters = new TreeSet<>();
        for (ReferenceNode letter : national.get("naf-rev2").allowOnly("letters").list("letters")) {
            letters.add(ReferenceCodes.read(letter, LETTER, "a capital letter").charAt(0));
        }
        Map<String, String> classOf = new LinkedHashMap<>();
        Map<String, List<String>> subdivisions = new LinkedHashMap<>();
        for (ReferenceNode rule : national.get("cnae-2009").allowOnly("subdivided").optionalList("subdivided")) {
            rule.allowOnly("nace", "national");
            ReferenceNode naceNode = rule.get("nace");
            String nace = naceNode.text();
            if (!naceClasses.contains(nace)) {
                throw naceNode.problem("'" + nace + "' is not a NACE Rev. 2 class of this file");
            }
            List<String> codes = new ArrayList<>();
            for (ReferenceNode code : rule.list("national")) {
                String cnae = ReferenceCodes.read(code, CNAE, "a CNAE-2009 class of four digits");
                String asNace = cnae.substring(0, 2) + "." + cnae.substring(2);
                if (!cnae.startsWith(nace.substring(0, 2))) {
                    throw code.problem(cnae + " is not in the division of " + nace);
                }
                if (naceClasses.contains(asNace)) {
                    throw code.problem(cnae + " is also the NACE class " + asNace + ": it cannot stand for " + nace);
                }
                if (classOf.putIfAbsent(cnae, nace) != null) {
                    throw code.problem(cnae + " is given twice");
                }
                codes.add(cnae);
            }
            if (codes.size() < 2) {
                throw rule.problem("national", "a divided class has at least two national classes");
            }
            if (subdivisions.putIfAbsent(nace, List.copyOf(codes)) != null) {
                throw naceNode.problem(nace + " is given twice");
            }
        }
        national.find("cae-rev3").ifPresent(cae -> cae.allowOnly());
        return new NationalCodes(letters, classOf, subdivisions);
    }

    /** Whether NAF rév. 2 uses this letter after a NACE class. */
    boolean isNafLetter(char letter) {
        return nafLetters.contains(letter);
    }

    /** The NACE class of a CNAE-2009 class that Spain added by dividing a NACE class. */
    Optional<String> cnaeNationalClass(String cnae) {
        return Optional.ofNullable(cnaeClassOf.get(cnae));
    }

    /** The CNAE-2009 classes that replace a NACE class Spain divides; empty when it does not. */
    List<String> cnaeSubdivisions(String naceClass) {
        return cnaeSubdivisions.getOrDefault(naceClass, List.of());
    }
}

package eu.cybersudoe.companies.classification;

import eu.cybersudoe.shared.reference.ReferenceNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How national codes refine NACE classes, from the {@code national} part of nace-rev2.yml: the
 * NACE classes Spain (CNAE-2009) and Portugal (CAE-Rev.3) divide into national classes of four
 * digits. NAF rév. 2 sous-classes are listed one by one in naf-rev2.yml ({@link ActivityTitles}).
 */
final class NationalCodes {

    private static final Pattern CLASS = Pattern.compile("[0-9]{4}");

    private final Map<CodeSystem, Subdivisions> bySystem;

    private NationalCodes(Map<CodeSystem, Subdivisions> bySystem) {
        this.bySystem = Collections.unmodifiableMap(bySystem);
    }

    /** The national classes of one system that divide NACE classes. */
    private record Subdivisions(Map<String, String> classOf, Map<String, List<String>> divided) {
    }

    static NationalCodes read(ReferenceNode national, Set<String> naceClasses) {
        national.allowOnly("cnae-2009", "cae-rev3");
        Map<CodeSystem, Subdivisions> bySystem = new LinkedHashMap<>();
        bySystem.put(CodeSystem.CNAE_2009, readSystem(national.get("cnae-2009"), naceClasses));
        bySystem.put(CodeSystem.CAE_REV3, readSystem(national.get("cae-rev3"), naceClasses));
        return new NationalCodes(bySystem);
    }

    private static Subdivisions readSystem(ReferenceNode system, Set<String> naceClasses) {
        Map<String, String> classOf = new LinkedHashMap<>();
        Map<String, List<String>> subdivisions = new LinkedHashMap<>();
        for (ReferenceNode rule : system.allowOnly("subdivided").optionalList("subdivided")) {
            rule.allowOnly("nace", "national");
            ReferenceNode naceNode = rule.get("nace");
            String nace = naceNode.text();
            if (!naceClasses.contains(nace)) {
                throw naceNode.problem("'" + nace + "' is not a NACE Rev. 2 class of this file");
            }
            List<String> codes = new ArrayList<>();
            for (ReferenceNode code : rule.list("national")) {
                String national = ReferenceCodes.read(code, CLASS, "a national class of four digits");
                String asNace = national.substring(0, 2) + "." + national.substring(2);
                if (!national.startsWith(nace.substring(0, 2))) {
                    throw code.problem(national + " is not in the division of " + nace);
                }
                if (naceClasses.contains(asNace)) {
                    throw code.problem(national + " is also the NACE class " + asNace + ": it cannot stand for " + nace);
                }
                if (classOf.putIfAbsent(national, nace) != null) {
                    throw code.problem(national + " is given twice");
                }
                codes.add(national);
            }
            if (codes.size() < 2) {
                throw rule.problem("national", "a divided class has at least two national classes");
            }
            if (subdivisions.putIfAbsent(nace, List.copyOf(codes)) != null) {
                throw naceNode.problem(nace + " is given twice");
            }
        }
        return new Subdivisions(classOf, subdivisions);
    }

    /** The NACE class of a national class of four digits a country added by dividing a NACE class. */
    Optional<String> nationalClass(CodeSystem system, String fourDigits) {
        return Optional.ofNullable(subdivisions(system).classOf().get(fourDigits));
    }

    /** The national classes that replace a NACE class the country divides; empty when it does not. */
    List<String> subdivisions(CodeSystem system, String naceClass) {
        return subdivisions(system).divided().getOrDefault(naceClass, List.of());
    }

    private Subdivisions subdivisions(CodeSystem system) {
        return bySystem.getOrDefault(system, new Subdivisions(Map.of(), Map.of()));
    }
}

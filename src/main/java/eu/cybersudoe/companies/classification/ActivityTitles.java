package eu.cybersudoe.companies.classification;

import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;
import org.springframework.core.io.ClassPathResource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The national codes known one by one and the titles shown for activities: the 732 sous-classes
 * of NAF rév. 2 with their French titles ({@code reference/companies/naf-rev2.yml}) and the
 * English titles of the NACE Rev. 2 classes ({@code reference/companies/nace-rev2-titles.yml}),
 * shown for Spanish and Portuguese codes, whose national tables could not be had (decision 0012).
 */
public final class ActivityTitles {

    public static final String NAF_FILE = "reference/companies/naf-rev2.yml";
    public static final String NACE_FILE = "reference/companies/nace-rev2-titles.yml";

    private static final Pattern NAF_SUBCLASS = Pattern.compile("[0-9]{2}\\.[0-9]{2}[A-Z]");

    private final Map<String, String> nafSubclasses;
    private final Map<String, String> naceClasses;
    private final Map<String, List<String>> nafByClass;

    private ActivityTitles(Map<String, String> nafSubclasses, Map<String, String> naceClasses) {
        this.nafSubclasses = Collections.unmodifiableMap(nafSubclasses);
        this.naceClasses = Collections.unmodifiableMap(naceClasses);
        this.nafByClass = nafSubclasses.keySet().stream()
                .collect(Collectors.groupingBy(code -> code.substring(0, 5), Collectors.toUnmodifiableList()));
    }

    /** The shipped files. */
    public static ActivityTitles load(NaceRev2 nace) {
        return read(ReferenceFile.read(NAF_FILE, new ClassPathResource(NAF_FILE)),
                ReferenceFile.read(NACE_FILE, new ClassPathResource(NACE_FILE)), nace);
    }

    /**
     * Reads files of the shipped files' form: every NAF sous-classe refines a NACE class, and
     * every NACE class has exactly one title.
     *
     * @throws eu.cybersudoe.shared.reference.ReferenceDataException naming the line of the first problem
     */
    public static ActivityTitles read(ReferenceFile naf, ReferenceFile titles, NaceRev2 nace) {
        Map<String, String> subclasses = new LinkedHashMap<>();
        ReferenceNode nafCodes = naf.root().allowOnly("subclasses").get("subclasses");
        for (String code : nafCodes.keys()) {
            if (!NAF_SUBCLASS.matcher(code).matches() || !nace.isClass(code.substring(0, 5))) {
                throw nafCodes.problem(code, "'" + code + "' is not a NACE Rev. 2 class followed by a letter");
            }
            subclasses.put(code, nafCodes.text(code));
        }
        Map<String, String> classes = new LinkedHashMap<>();
        ReferenceNode naceTitles = titles.root().allowOnly("classes").get("classes");
        for (String code : naceTitles.keys()) {
            if (!nace.isClass(code)) {
                throw naceTitles.problem(code, "'" + code + "' is not a NACE Rev. 2 class");
            }
            classes.put(code, naceTitles.text(code));
        }
        nace.classes().stream().filter(c -> !classes.containsKey(c)).findFirst().ifPresent(missing -> {
            throw naceTitles.problem("the NACE Rev. 2 class " + missing + " has no title");
        });
        return new ActivityTitles(subclasses, classes);
    }

    /** Every NAF rév. 2 sous-classe, such as {@code 41.20A}, in order. */
    public Set<String> nafSubclasses() {
        return nafSubclasses.keySet();
    }

    boolean isNafSubclass(String code) {
        return nafSubclasses.containsKey(code);
    }

    /** The NAF rév. 2 sous-classes of a NACE class ({@code 41.20} → 41.20A, 41.20B), in order. */
    public List<String> nafSubclassesOf(String naceClass) {
        return nafByClass.getOrDefault(naceClass, List.of());
    }

    /** The title of an activity, with the language it is written in ({@code fr} or {@code en}). */
    public record Title(String text, String language) {
    }

    /**
     * The title to show for an activity: the French title of a NAF sous-classe, the English title
     * of the NACE class otherwise.
     */
    public Title title(Activity activity) {
        return activity.system() == CodeSystem.NAF_REV2 && nafSubclasses.containsKey(activity.nationalCode())
                ? new Title(nafSubclasses.get(activity.nationalCode()), "fr") : new Title(naceClasses.get(activity.naceClass()), "en");
    }

    /** The English title of a NACE Rev. 2 class, such as {@code 62.01}. */
    public Optional<String> naceTitle(String naceClass) {
        return Optional.ofNullable(naceClasses.get(naceClass));
    }
}

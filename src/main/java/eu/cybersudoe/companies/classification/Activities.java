package eu.cybersudoe.companies.classification;

import eu.cybersudoe.companies.classification.ActivityClassification.Classified;
import eu.cybersudoe.companies.classification.ActivityClassification.Refusal;
import eu.cybersudoe.companies.classification.ActivityClassification.Refused;
import eu.cybersudoe.network.Country;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies the activity codes of companies: a national code as typed by someone (France
 * NAF rév. 2, Spain CNAE-2009, Portugal CAE-Rev.3) becomes an {@link Activity} with its NACE
 * Rev. 2 class, section and sectoral theme, or a refusal that says why. The data is read when the
 * object is made; as a Spring component, a broken file stops start-up naming file and line.
 */
@Component
public class Activities {

    private final NaceRev2 nace;
    private final SectorThemes themes;
    private final ActivityTitles titles;

    /** With the shipped files, reference/companies/nace-rev2.yml, naf-rev2.yml, nace-rev2-titles.yml and sector-themes.yml. */
    public Activities() {
        this(NaceRev2.load());
    }

    private Activities(NaceRev2 nace) {
        this(nace, SectorThemes.load(nace));
    }

    public Activities(NaceRev2 nace, SectorThemes themes) {
        this(nace, themes, ActivityTitles.load(nace));
    }

    public Activities(NaceRev2 nace, SectorThemes themes, ActivityTitles titles) {
        this.nace = Objects.requireNonNull(nace, "nace");
        this.themes = Objects.requireNonNull(themes, "themes");
        this.titles = Objects.requireNonNull(titles, "titles");
    }

    /** The activity of a code, or empty when {@link #examine} refuses it. */
    public Optional<Activity> classify(Country country, String rawCode) {
        return examine(country, rawCode).activityIfClassified();
    }

    /** The activity of a code typed for a company of {@code country}, or why it is refused. */
    public ActivityClassification examine(Country country, String rawCode) {
        CodeSystem system = CodeSystem.of(Objects.requireNonNull(country, "country"));
        String typed = rawCode == null ? "" : rawCode.strip();
        if (typed.isEmpty()) {
            return refused(system, typed, Refusal.EMPTY);
        }
        Optional<CodeText> parsed = CodeText.parse(typed, system);
        if (parsed.isEmpty()) {
            return refused(system, typed, Refusal.BAD_FORMAT);
        }
        CodeText code = parsed.get();
        String naceClass = code.naceClass();
        String nationalCode = switch (system) {
            case NAF_REV2 -> naceClass + code.letter();
            case CNAE_2009, CAE_REV3 -> code.digits();
        };
        if (system == CodeSystem.NAF_REV2 && !titles.isNafSubclass(nationalCode)) {
            return refused(system, typed, Refusal.UNKNOWN_CODE);
        }
        if (system != CodeSystem.NAF_REV2) {
            Optional<String> divided = nace.national().nationalClass(system, code.digits().substring(0, 4));
            List<String> subdivisions = nace.national().subdivisions(system, naceClass);
            if (divided.isPresent()) {
                naceClass = divided.get();
            } else if (!subdivisions.isEmpty()) {
                return new Refused(system, typed, Refusal.SUBDIVIDED, subdivisions);
            }
        }
        if (!nace.isClass(naceClass)) {
            return refused(system, typed, Refusal.UNKNOWN_CODE);
        }
        return new Classified(new Activity(country, system, nationalCode, naceClass, naceClass.substring(0, 2),
                nace.section(naceClass).orElseThrow(), themes.of(naceClass)));
    }

    /** The NACE Rev. 2 structure the codes are checked against. */
    public NaceRev2 nace() {
        return nace;
    }

    /** The title of a stored or typed code, or empty when the code is not classified. */
    public Optional<ActivityTitles.Title> title(Country country, String rawCode) {
        return classify(country, rawCode).map(titles::title);
    }

    /** The NAF sous-classes and the titles of activities. */
    public ActivityTitles titles() {
        return titles;
    }

    /** The mapping of NACE classes to sectoral themes. */
    public SectorThemes sectorThemes() {
        return themes;
    }

    private static Refused refused(CodeSystem system, String typed, Refusal reason) {
        return new Refused(system, typed, reason, List.of());
    }
}

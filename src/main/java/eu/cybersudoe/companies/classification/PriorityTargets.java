package eu.cybersudoe.companies.classification;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The priority targets of the application file (micro-enterprises; building, tourism and agri-food
 * companies; young companies created by women), computed from what the registry knows of a company.
 */
public final class PriorityTargets {

    /** The sectoral themes (codes of reference/network/themes.yml) the application file names as priorities. */
    public static final Set<String> PRIORITY_SECTOR_THEMES = Set.of("building", "tourism", "agri-food");

    /**
     * A company is young when it was created in the current calendar year or one of the
     * {@code YOUNG_COMPANY_YEARS - 1} before: only the creation year is recorded, and so counted
     * the company is certainly less than five years old. Five years follows the European rules
     * for start-ups (General Block Exemption Regulation 651/2014, article 22: up to five years
     * after registration).
     */
    public static final int YOUNG_COMPANY_YEARS = 5;

    private PriorityTargets() {
    }

    /**
     * The priority targets a company belongs to.
     *
     * @param size                 its size class, or {@code null} when unknown
     * @param sectorTheme          the sectoral theme of its activity, if any
     * @param creationYear         the year it was created, or {@code null} when unknown
     * @param createdOrLedByWoman  whether a woman created it or leads it
     * @param today                the date the flags are computed on
     */
    public static Set<PriorityTarget> of(SizeClass size, Optional<String> sectorTheme, Integer creationYear,
                                         boolean createdOrLedByWoman, LocalDate today) {
        Objects.requireNonNull(sectorTheme, "sectorTheme");
        Objects.requireNonNull(today, "today");
        Set<PriorityTarget> targets = EnumSet.noneOf(PriorityTarget.class);
        if (size == SizeClass.MICRO) {
            targets.add(PriorityTarget.MICRO);
        }
        if (sectorTheme.filter(PRIORITY_SECTOR_THEMES::contains).isPresent()) {
            targets.add(PriorityTarget.PRIORITY_SECTOR);
        }
        if (createdOrLedByWoman && isYoung(creationYear, today)) {
            targets.add(PriorityTarget.YOUNG_WOMAN_LED);
        }
        return Collections.unmodifiableSet(targets);
    }

    /** Whether a company created in {@code creationYear} is young on {@code today}; not when the year is unknown or to come. */
    public static boolean isYoung(Integer creationYear, LocalDate today) {
        if (creationYear == null) {
            return false;
        }
        int age = today.getYear() - creationYear;
        return age >= 0 && age < YOUNG_COMPANY_YEARS;
    }
}

package eu.cybersudoe.companies;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Read-only facts of the registry other modules show or count: a company's profile as it is now,
 * organisations picked by name or kind, names of many at once. Modules read them here rather
 * than in the registry's tables, which only {@code companies} names in SQL.
 */
public interface CompanyProfiles {

    /**
     * An organisation as the registry knows it now, with the derived values (region, size class,
     * sector theme, priority-target flags).
     *
     * @param employees      its head count, or null
     * @param creationYear   the year it was created, or null
     * @param micro          fewer than 10 people
     * @param prioritySector its sector is one the programme targets first
     * @param youngWomanLed  led by a young woman
     */
    record Profile(CompanyId id, OrganisationKind kind, String legalName, String city, String nuts2, String sizeClass,
                   Integer employees, Integer creationYear, String sectorTheme, boolean micro, boolean prioritySector,
                   boolean youngWomanLed) {

        /** Whether it counts as a priority target of the programme. */
        public boolean priorityTarget() {
            return micro || prioritySector || youngWomanLed;
        }
    }

    /**
     * An organisation by its name, to pick from a list.
     *
     * @param city its city, or null
     */
    record Named(CompanyId id, String legalName, String city) {
    }

    Optional<Profile> profile(CompanyId id);

    /** Organisations of these kinds, by name (then id), at most {@code limit}. */
    List<Named> ofKinds(Set<OrganisationKind> kinds, int limit);

    /**
     * Companies ({@link OrganisationKind#COMPANY}) whose name contains the words typed (case
     * ignored), known by the partner (brought or served), or by any partner when it is null; by
     * name, at most {@code limit}.
     */
    List<Named> companiesNamed(String words, String partnerId, int limit);

    /** The legal names of those of the organisations that exist. */
    Map<CompanyId, String> names(Collection<CompanyId> ids);

    /** Those of the organisations that are priority targets of the programme now. */
    Set<CompanyId> priorityTargets(Collection<CompanyId> ids);
}

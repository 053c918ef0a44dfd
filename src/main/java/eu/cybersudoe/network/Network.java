package eu.cybersudoe.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What other modules know of the network: its partners, regions, work packages, themes and calendar. */
public interface Network {

    /** All partners, the lead partner first, then by country (France, Spain, Portugal) and short name. */
    List<Partner> partners();

    /** A partner, if the network has it. */
    Optional<Partner> partner(PartnerId id);

    /** A partner by the id as typed in an address or a form: empty when blank, malformed or unknown. */
    default Optional<Partner> partnerTyped(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : partner(new PartnerId(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The lead partner (chef de file). */
    Partner leadPartner();

    /** The member structures of a partner's own network (none for an unknown partner). */
    List<MemberStructure> memberStructures(PartnerId partner);

    /** The NUTS 2 regions the network knows, by country and code. */
    List<Region> regions();

    /** A region by its NUTS 2 code. */
    Optional<Region> region(String code);

    /**
     * The partner that answers a request from a NUTS 2 region: the primary one where several
     * cover it, the only one where one does, the lead partner where none does.
     */
    PartnerId partnerFor(String nutsRegion);

    /** Work packages in order, GT0 first. */
    List<WorkPackage> workPackages();

    /** A work package by its code, such as {@code GT3}. */
    Optional<WorkPackage> workPackage(String code);

    /** The budget lines (one per work package), their computed sum and the declared total. */
    Budget budget();

    /** Themes in order; retired ones only when asked. */
    List<Theme> themes(boolean includeRetired);

    /** A theme by its code, retired or not. */
    Optional<Theme> theme(String code);

    /** The project's span, semesters and planned meetings. */
    ProjectCalendar calendar();

    /** The semester containing the day; before the project the first, after it the last. */
    default Semester semesterOf(LocalDate day) {
        List<Semester> semesters = calendar().semesters();
        return semesters.stream().filter(s -> s.contains(day)).findFirst()
                .orElse(day.isBefore(semesters.getFirst().start()) ? semesters.getFirst() : semesters.getLast());
    }
}

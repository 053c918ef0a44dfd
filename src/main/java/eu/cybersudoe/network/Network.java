package eu.cybersudoe.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What other modules know of the network: its partners, regions, work packages, themes and calendar. */
public interface Network {

    /** All partners, the lead partner first, then by country and name. */
    List<Partner> partners();

    Optional<Partner> partner(PartnerId id);

    /** The lead partner (chef de file). */
    Partner leadPartner();

    List<Region> regions();

    /**
     * The partner that answers a request from a NUTS 2 region: the primary one where several
     * cover it, the only one where one does, the lead partner where none does.
     */
    PartnerId partnerFor(String nutsRegion);

    /** Work packages in order, GT0 first. */
    List<WorkPackage> workPackages();

    Budget budget();

    /** Themes in order; retired ones only when asked. */
    List<Theme> themes(boolean includeRetired);

    Optional<Theme> theme(String code);

    ProjectCalendar calendar();

    /** The semester containing the day; before the project the first, after it the last. */
    default Semester semesterOf(LocalDate day) {
        List<Semester> semesters = calendar().semesters();
        return semesters.stream().filter(s -> s.contains(day)).findFirst()
                .orElse(day.isBefore(semesters.getFirst().start()) ? semesters.getFirst() : semesters.getLast());
    }
}

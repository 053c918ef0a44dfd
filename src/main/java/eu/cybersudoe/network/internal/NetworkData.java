package eu.cybersudoe.network.internal;

import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.ProjectCalendar;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.network.WorkPackage;

import java.math.BigDecimal;
import java.util.List;

/**
 * The network's reference data as the files give it, checked for consistency.
 *
 * @param partners      the partners, in file order
 * @param regions       the regions, each with the partners covering it
 * @param workPackages  the work packages, in file order
 * @param declaredTotal the budget total the application file declares
 * @param themes        the themes, retired ones included
 * @param calendar      the project's span, semesters and planned meetings
 */
record NetworkData(List<Partner> partners, List<Region> regions, List<WorkPackage> workPackages,
                   BigDecimal declaredTotal, List<Theme> themes, ProjectCalendar calendar) {
}

package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.ProgressReports;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.web.FieldErrors;

import java.util.List;

/**
 * The progress report page of a semester: each partner's part and where it stands, the report's
 * assembly and approval, and the downloads.
 *
 * @param semester     the semester shown
 * @param semesters    the semesters that can be chosen
 * @param parts        one line per partner, in the network's order
 * @param report       the assembled report, or null
 * @param mayAssemble  whether the person may assemble the report and record its approval
 * @param approval     what was typed in the approval form, when refused
 * @param errors       the approval form's errors
 */
public record ReportsView(Semester semester, List<Semester> semesters, List<PartLine> parts, ProgressReports.Report report,
                          boolean mayAssemble, Approval approval, FieldErrors errors) {

    /**
     * A partner's line.
     *
     * @param status  {@code none}, {@code draft} or {@code submitted}
     * @param mayOpen whether the person may open the part (their own, or a submitted one)
     * @param mayWrite whether the person may write it
     */
    public record PartLine(String partnerId, String partnerName, String status, String updatedByName, java.time.Instant updatedAt,
                           boolean mayOpen, boolean mayWrite) {
    }

    /** The approval form as typed. */
    public record Approval(String approvedOn, String decisionReference) implements java.io.Serializable {
        public static final Approval EMPTY = new Approval("", "");
    }

    public boolean approved() {
        return report != null && report.approved();
    }
}

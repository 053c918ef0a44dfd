package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.shared.web.FieldErrors;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A partner's part of a semester's progress report, as a form for its staff or read by others.
 *
 * @param status       {@code none}, {@code draft} or {@code submitted}
 * @param editable     whether the person may change it now (their partner's, the report not approved)
 * @param workPackages the network's work packages: code and title
 * @param form         the texts shown: as saved, or as typed when refused
 * @param errors       the form's errors by field
 * @param sections     what the modules report for the partner
 */
public record PartPage(int semester, String partnerId, String partnerName, String status, String updatedByName, Instant updatedAt,
                       boolean editable, List<WorkPackageLine> workPackages, Form form, FieldErrors errors,
                       List<SectionView> sections) {

    public record WorkPackageLine(String code, String title) {
    }

    /** The texts of the form: progress by work package code, and the three texts. */
    public record Form(Map<String, String> progress, String deviations, String problems, String nextSteps)
            implements java.io.Serializable {

        public Form {
            progress = new java.util.LinkedHashMap<>(progress);
        }

        public String progressOf(String code) {
            return progress.getOrDefault(code, "");
        }
    }

    /** A module's section: title, summary, table. */
    public record SectionView(String title, String summary, List<String> header, List<List<String>> rows) {
    }
}

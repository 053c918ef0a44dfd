package eu.cybersudoe.missions.internal;

import eu.cybersudoe.diagnostics.DiagnosticResults;
import eu.cybersudoe.shared.Language;

import java.math.BigDecimal;
import java.util.List;

/**
 * An intervention report ready to be shown, printed or exported: the report with the names the
 * reader needs (partner, themes) and the company's diagnostics before the mission.
 *
 * @param facts       the company's profile at the time, as label keys and values
 * @param needs       the needs by theme, with the theme's name
 * @param solutions   the options, each with its theme's name
 * @param diagnostics the company's completed diagnostics, when the platform has them
 */
public record ReportContent(long missionId, Language language, String companyName, String partnerName, String advisorName,
                            String heldOn, BigDecimal days, List<Line> facts, String context, String currentTools, List<Line> needs,
                            List<Solution> solutions, String recommendations, List<InterventionReport.PlannedAction> actions,
                            InterventionReport.Specifications specifications, List<DiagnosticResults.Summary> diagnostics) {

    /** A label (a message key or a name) and its text. */
    public record Line(String label, String text) {
    }

    /** A solution option and the name of its theme. */
    public record Solution(InterventionReport.SolutionOption option, String themeName) {
    }
}

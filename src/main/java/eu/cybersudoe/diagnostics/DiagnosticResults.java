package eu.cybersudoe.diagnostics;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Read access to completed assessments for other modules, such as an intervention report that
 * shows the company's diagnostic before the mission.
 */
public interface DiagnosticResults {

    /** The completed assessments of a company, most recent first. */
    List<Summary> completedBy(CompanyId company, Language language);

    /** One completed assessment, if it exists. */
    Optional<Summary> completed(long assessmentId, Language language);

    /** A completed assessment's scores, with titles in the asked language. */
    record Summary(long assessmentId, String questionnaire, String questionnaireTitle, Instant completedAt,
                   int overallScore, List<DimensionScore> dimensions) {
    }

    /** A dimension's score from 0 to 100. */
    record DimensionScore(String code, String title, int score) {
    }
}

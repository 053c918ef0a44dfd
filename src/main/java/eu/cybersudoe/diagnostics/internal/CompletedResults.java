package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.diagnostics.DiagnosticResults;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Scoring;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Completed assessments for other modules, scored with the questionnaire version they were taken with. */
@Component
class CompletedResults implements DiagnosticResults {

    private final AssessmentTable table;
    private final DiagnosticsService diagnostics;

    CompletedResults(AssessmentTable table, DiagnosticsService diagnostics) {
        this.table = table;
        this.diagnostics = diagnostics;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Summary> completedBy(CompanyId company, Language language) {
        return table.ofCompany(company).stream().filter(Assessment::completed)
                .sorted(java.util.Comparator.comparing(Assessment::completedAt).reversed())
                .map(a -> completed(a.id(), language)).flatMap(Optional::stream).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> completed(long assessmentId, Language language) {
        return diagnostics.byId(assessmentId).filter(o -> o.assessment().completed()).map(o -> summary(o, language));
    }

    static Summary summary(DiagnosticsService.Opened opened, Language language) {
        Scoring.Result result = opened.result();
        Assessment assessment = opened.assessment();
        List<DimensionScore> dimensions = result.dimensions().stream().filter(d -> d.score() != null)
                .map(d -> new DimensionScore(d.dimension().code(), d.dimension().title().in(language).text(), d.score()))
                .toList();
        int overall = assessment.overallScore() != null ? assessment.overallScore()
                : result.overall() == null ? 0 : result.overall();
        return new Summary(assessment.id(), assessment.questionnaire(), opened.questionnaire().title().in(language).text(),
                assessment.completedAt(), overall, dimensions);
    }
}

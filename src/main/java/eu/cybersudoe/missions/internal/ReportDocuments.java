package eu.cybersudoe.missions.internal;

import eu.cybersudoe.diagnostics.DiagnosticResults;
import eu.cybersudoe.shared.documents.Outline;
import eu.cybersudoe.shared.documents.PdfDocuments;
import eu.cybersudoe.shared.documents.WordDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The documents of an intervention report, in the report's language and the platform's document
 * frame: the report as a tagged PDF and as an editable Word document (the same outline, so the
 * same sections), and the draft specifications (cahier des charges) as a Word document the
 * company can go on editing.
 */
@Component
public class ReportDocuments {

    private final MessageSource messages;
    private final PdfDocuments pdfs;
    private final WordDocuments words;

    ReportDocuments(MessageSource messages, PdfDocuments pdfs, WordDocuments words) {
        this.messages = messages;
        this.pdfs = pdfs;
        this.words = words;
    }

    public byte[] pdf(ReportContent report) {
        return pdfs.write(report(report));
    }

    public byte[] docx(ReportContent report) {
        return words.write(report(report));
    }

    /** The specifications' Word document; the report must have specifications. */
    public byte[] specificationsDocx(ReportContent report) {
        if (report.specifications() == null) {
            throw new IllegalArgumentException("The report has no specifications");
        }
        Outline.Builder outline = Outline.of(report.language(), t(report, "missions.report.specifications") + " – " + report.companyName())
                .line(byline(report));
        for (Map.Entry<String, String> section : report.specifications().sections().entrySet()) {
            outline.section(t(report, section.getKey())).text(section.getValue());
        }
        return words.write(outline.build());
    }

    Outline report(ReportContent report) {
        Outline.Builder outline = Outline.of(report.language(), t(report, "missions.report.title") + " – " + report.companyName())
                .line(byline(report));
        outline.section(t(report, "missions.report.profile"));
        report.facts().forEach(fact -> outline.labelled(t(report, fact.label()), fact.text()));
        diagnostics(outline, report);
        outline.sectionWithText(t(report, "missions.report.context"), report.context())
                .sectionWithText(t(report, "missions.report.currentTools"), report.currentTools());
        needs(outline, report);
        solutions(outline, report);
        outline.sectionWithText(t(report, "missions.report.recommendations"), report.recommendations());
        actions(outline, report);
        specifications(outline, report);
        return outline.text(t(report, "missions.report.footer")).build();
    }

    private void diagnostics(Outline.Builder outline, ReportContent report) {
        if (report.diagnostics().isEmpty()) {
            return;
        }
        outline.section(t(report, "missions.report.diagnostics"));
        for (DiagnosticResults.Summary summary : report.diagnostics()) {
            outline.subsection(summary.questionnaireTitle() + " · " + t(report, "missions.report.score", summary.overallScore()));
            outline.table(List.of(t(report, "missions.report.dimension"), t(report, "missions.report.scoreColumn")), List.of(3, 1),
                    summary.dimensions().stream().map(d -> List.of(d.title(), t(report, "missions.report.score", d.score()))).toList());
        }
    }

    private void needs(Outline.Builder outline, ReportContent report) {
        if (report.needs().isEmpty()) {
            return;
        }
        outline.section(t(report, "missions.report.needs"));
        report.needs().forEach(need -> outline.subsection(need.label()).text(need.text()));
    }

    private void solutions(Outline.Builder outline, ReportContent report) {
        if (report.solutions().isEmpty()) {
            return;
        }
        outline.section(t(report, "missions.report.solutions"));
        for (ReportContent.Solution solution : report.solutions()) {
            var option = solution.option();
            outline.subsection(option.title() + (solution.themeName().isBlank() ? "" : " · " + solution.themeName()))
                    .text(option.description())
                    .labelled(t(report, "missions.solution.pros"), option.pros())
                    .labelled(t(report, "missions.solution.cons"), option.cons())
                    .labelled(t(report, "missions.solution.cost"), option.cost())
                    .labelled(t(report, "missions.solution.provider"), option.providerName());
        }
    }

    private void actions(Outline.Builder outline, ReportContent report) {
        if (report.actions().isEmpty()) {
            return;
        }
        outline.section(t(report, "missions.report.actions"));
        outline.table(List.of(t(report, "missions.action.priority"), t(report, "missions.action.action"), t(report, "missions.action.when")),
                List.of(1, 4, 2), report.actions().stream()
                        .map(action -> List.of(t(report, "missions.priority." + action.priority()), action.action(), action.when())).toList());
    }

    private void specifications(Outline.Builder outline, ReportContent report) {
        if (report.specifications() == null) {
            return;
        }
        outline.section(t(report, "missions.report.specifications"));
        report.specifications().sections().forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                outline.subsection(t(report, key)).text(text);
            }
        });
    }

    private String byline(ReportContent report) {
        return t(report, "missions.report.byline", report.partnerName(), report.advisorName(), report.heldOn(), report.days());
    }

    private String t(ReportContent report, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, report.language().locale());
    }
}

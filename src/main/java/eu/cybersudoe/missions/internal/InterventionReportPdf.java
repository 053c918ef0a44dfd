package eu.cybersudoe.missions.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import eu.cybersudoe.diagnostics.DiagnosticResults;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * The intervention report as a PDF in the report's language, written with OpenPDF in the
 * standard Helvetica fonts like the diagnostics' report, so that its text can be searched and
 * extracted.
 */
@Component
public class InterventionReportPdf {

    private static final Color BLUE = new Color(0x08, 0x34, 0x5c);
    private static final Color GREY = new Color(0x6b, 0x72, 0x80);
    private static final Color LIGHT = new Color(0xe6, 0xf0, 0xfa);

    private final MessageSource messages;

    InterventionReportPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(ReportContent report) {
        return new Writer(report).write();
    }

    private final class Writer {
        private final ReportContent report;
        private final Font title = new Font(Font.HELVETICA, 20, Font.BOLD, BLUE);
        private final Font heading = new Font(Font.HELVETICA, 14, Font.BOLD, BLUE);
        private final Font subheading = new Font(Font.HELVETICA, 11, Font.BOLD, BLUE);
        private final Font body = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.BLACK);
        private final Font bold = new Font(Font.HELVETICA, 10, Font.BOLD, Color.BLACK);
        private final Font small = new Font(Font.HELVETICA, 8, Font.NORMAL, GREY);

        Writer(ReportContent report) {
            this.report = report;
        }

        byte[] write() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 50, 50, 50, 50);
            try {
                PdfWriter writer = PdfWriter.getInstance(document, out);
                document.addTitle(t("missions.report.title") + " – " + report.companyName());
                writer.getExtraCatalog().put(PdfName.LANG, new PdfString(report.language().code()));
                document.addCreator("CyberSudoe");
                document.open();
                header(document);
                profile(document);
                diagnostics(document);
                text(document, "missions.report.context", report.context());
                text(document, "missions.report.currentTools", report.currentTools());
                needs(document);
                solutions(document);
                text(document, "missions.report.recommendations", report.recommendations());
                actions(document);
                specifications(document);
                document.add(new Paragraph(t("missions.report.footer"), small));
            } catch (DocumentException e) {
                throw new IllegalStateException("The intervention report could not be written", e);
            } finally {
                if (document.isOpen()) {
                    document.close();
                }
            }
            return out.toByteArray();
        }

        private void header(Document document) {
            document.add(new Paragraph("CyberSudoe · " + t("missions.report.title"), small));
            Paragraph name = new Paragraph(report.companyName(), title);
            name.setSpacingAfter(4);
            document.add(name);
            document.add(new Paragraph(t("missions.report.byline", report.partnerName(), report.advisorName(), report.heldOn(),
                    report.days()), body));
        }

        private void profile(Document document) {
            section(document, "missions.report.profile");
            PdfPTable table = new PdfPTable(new float[]{1, 2});
            table.setWidthPercentage(100);
            for (ReportContent.Line fact : report.facts()) {
                table.addCell(cell(t(fact.label()), bold, true));
                table.addCell(cell(fact.text(), body, false));
            }
            document.add(table);
        }

        private void diagnostics(Document document) {
            if (report.diagnostics().isEmpty()) {
                return;
            }
            section(document, "missions.report.diagnostics");
            for (DiagnosticResults.Summary summary : report.diagnostics()) {
                document.add(new Paragraph(summary.questionnaireTitle() + " · " + summary.overallScore() + " / 100", bold));
                for (DiagnosticResults.DimensionScore dimension : summary.dimensions()) {
                    document.add(new Paragraph(dimension.title() + " · " + dimension.score() + " / 100", body));
                }
            }
        }

        private void needs(Document document) {
            if (report.needs().isEmpty()) {
                return;
            }
            section(document, "missions.report.needs");
            for (ReportContent.Line need : report.needs()) {
                document.add(new Paragraph(need.label(), subheading));
                document.add(new Paragraph(need.text(), body));
            }
        }

        private void solutions(Document document) {
            if (report.solutions().isEmpty()) {
                return;
            }
            section(document, "missions.report.solutions");
            for (ReportContent.Solution solution : report.solutions()) {
                var option = solution.option();
                document.add(new Paragraph(option.title() + (solution.themeName().isBlank() ? "" : " · " + solution.themeName()), subheading));
                line(document, null, option.description());
                line(document, "missions.solution.pros", option.pros());
                line(document, "missions.solution.cons", option.cons());
                line(document, "missions.solution.cost", option.cost());
                line(document, "missions.solution.provider", option.providerName());
            }
        }

        private void actions(Document document) {
            if (report.actions().isEmpty()) {
                return;
            }
            section(document, "missions.report.actions");
            PdfPTable table = new PdfPTable(new float[]{1, 4, 2});
            table.setWidthPercentage(100);
            table.addCell(cell(t("missions.action.priority"), bold, true));
            table.addCell(cell(t("missions.action.action"), bold, true));
            table.addCell(cell(t("missions.action.when"), bold, true));
            for (InterventionReport.PlannedAction action : report.actions()) {
                table.addCell(cell(t("missions.priority." + action.priority()), body, false));
                table.addCell(cell(action.action(), body, false));
                table.addCell(cell(action.when(), body, false));
            }
            document.add(table);
        }

        private void specifications(Document document) {
            if (report.specifications() == null) {
                return;
            }
            section(document, "missions.report.specifications");
            for (Map.Entry<String, String> part : report.specifications().sections().entrySet()) {
                if (part.getValue() != null && !part.getValue().isBlank()) {
                    document.add(new Paragraph(t(part.getKey()), subheading));
                    document.add(new Paragraph(part.getValue(), body));
                }
            }
        }

        private void text(Document document, String key, String text) {
            if (text != null && !text.isBlank()) {
                section(document, key);
                document.add(new Paragraph(text, body));
            }
        }

        private void line(Document document, String key, String text) {
            if (text != null && !text.isBlank()) {
                Paragraph paragraph = new Paragraph();
                if (key != null) {
                    paragraph.add(new Phrase(t(key) + " : ", bold));
                }
                paragraph.add(new Phrase(text, body));
                document.add(paragraph);
            }
        }

        private void section(Document document, String key) {
            Paragraph paragraph = new Paragraph(t(key), heading);
            paragraph.setSpacingBefore(14);
            paragraph.setSpacingAfter(4);
            document.add(paragraph);
        }

        private PdfPCell cell(String text, Font font, boolean shaded) {
            PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
            cell.setPadding(4);
            if (shaded) {
                cell.setBackgroundColor(LIGHT);
            }
            return cell;
        }

        private String t(String key, Object... args) {
            return messages.getMessage(key, args.length == 0 ? null : args, report.language().locale());
        }
    }
}

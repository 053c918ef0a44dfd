package eu.cybersudoe.diagnostics.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Image;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Recommendation;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.Scoring;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The PDF report of a completed assessment, in the reader's language: scores, levels, the
 * radar chart (the same geometry as the page's SVG) and the action plan. Written with OpenPDF
 * in the standard Helvetica fonts (Windows-1252 encoding, which covers French, Spanish and
 * Portuguese), so its text can be searched and extracted.
 */
@Component
public class ReportPdf {

    private static final Color BLUE = new Color(0x08, 0x34, 0x5c);
    private static final Color LIGHT = new Color(0xe6, 0xf0, 0xfa);
    private static final Color GREY = new Color(0x6b, 0x72, 0x80);
    private static final Color ORANGE = new Color(0xc2, 0x41, 0x0c);

    private final MessageSource messages;
    private final Network network;

    ReportPdf(MessageSource messages, Network network) {
        this.messages = messages;
        this.network = network;
    }

    /** The report's bytes. */
    public byte[] write(DiagnosticsService.Opened opened, Language language, ZoneId zone) {
        Writer writer = new Writer(opened, language, zone);
        return writer.write();
    }

    private final class Writer {
        private final DiagnosticsService.Opened opened;
        private final Language language;
        private final ZoneId zone;
        private final Scoring.Result result;
        private final Font title = new Font(Font.HELVETICA, 20, Font.BOLD, BLUE);
        private final Font heading = new Font(Font.HELVETICA, 14, Font.BOLD, BLUE);
        private final Font subheading = new Font(Font.HELVETICA, 11, Font.BOLD, BLUE);
        private final Font body = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.BLACK);
        private final Font bold = new Font(Font.HELVETICA, 10, Font.BOLD, Color.BLACK);
        private final Font small = new Font(Font.HELVETICA, 8, Font.NORMAL, GREY);

        Writer(DiagnosticsService.Opened opened, Language language, ZoneId zone) {
            this.opened = opened;
            this.language = language;
            this.zone = zone;
            this.result = opened.result();
        }

        byte[] write() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 50, 50, 50, 50);
            try {
                PdfWriter writer = PdfWriter.getInstance(document, out);
                document.addTitle(t("diagnostics.report.title") + " – " + text(opened.questionnaire().title()));
                writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(language.code()));
                document.addCreator("CyberSudoe");
                document.open();
                header(document);
                scores(document, writer);
                plan(document);
                document.add(new Paragraph(t("diagnostics.report.footer"), small));
            } catch (DocumentException e) {
                throw new IllegalStateException("The report could not be written", e);
            } finally {
                if (document.isOpen()) {
                    document.close();
                }
            }
            return out.toByteArray();
        }

        private void header(Document document) {
            document.add(new Paragraph("CyberSudoe · " + t("diagnostics.report.title"), small));
            Paragraph name = new Paragraph(text(opened.questionnaire().title()), title);
            name.setSpacingAfter(4);
            document.add(name);
            var completed = opened.assessment().completedAt();
            if (completed != null) {
                document.add(new Paragraph(t("diagnostics.report.completedOn", completed.atZone(zone).toLocalDate()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()))), body));
            }
            Paragraph overall = new Paragraph();
            overall.setSpacingBefore(12);
            overall.add(new Chunk(t("diagnostics.result.overall") + " ", heading));
            overall.add(new Chunk(result.overall() == null ? "–" : result.overall() + " / 100", heading));
            document.add(overall);
            if (result.band() != null) {
                document.add(new Paragraph(t("diagnostics.result.level") + " " + text(result.band().name()), subheading));
                document.add(new Paragraph(text(result.band().text()), body));
            }
        }

        private void scores(Document document, PdfWriter writer) {
            RadarChart chart = Charts.radar(opened.questionnaire(), result, language);
            if (chart.axes().size() >= 3) {
                document.add(image(writer, chart));
            }
            Paragraph heading = new Paragraph(t("diagnostics.result.dimensions"), this.heading);
            heading.setSpacingBefore(8);
            heading.setSpacingAfter(6);
            document.add(heading);
            PdfPTable table = new PdfPTable(new float[]{3, 1, 2});
            table.setWidthPercentage(100);
            table.addCell(headerCell(t("diagnostics.result.dimension")));
            table.addCell(headerCell(t("diagnostics.result.score")));
            table.addCell(headerCell(t("diagnostics.result.levelColumn")));
            for (Scoring.DimensionResult dimension : result.dimensions()) {
                table.addCell(cell(text(dimension.dimension().title()), bold));
                table.addCell(cell(dimension.score() == null ? t("diagnostics.result.noScore") : dimension.score() + " / 100", body));
                table.addCell(cell(dimension.band() == null ? "–" : text(dimension.band().name()), body));
            }
            document.add(table);
        }

        private Image image(PdfWriter writer, RadarChart chart) {
            float width = (float) RadarChart.SIZE + 200;
            float height = (float) RadarChart.SIZE;
            PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
            // PDF's y goes up and the chart's down; shift x so labels fit on both sides.
            float dx = 100;
            template.setColorStroke(new Color(0xd1, 0xd5, 0xdb));
            template.setLineWidth(0.6f);
            for (int ring : RadarChart.RINGS) {
                polygon(template, chart.ringPoints(ring), dx, height);
                template.stroke();
            }
            for (int i = 0; i < chart.axes().size(); i++) {
                RadarChart.Point end = chart.at(i, 100);
                template.moveTo((float) RadarChart.CENTRE + dx, height - (float) RadarChart.CENTRE);
                template.lineTo((float) end.x() + dx, height - (float) end.y());
                template.stroke();
            }
            template.setColorStroke(ORANGE);
            template.setColorFill(new Color(0xf5, 0xa6, 0x23));
            template.setLineWidth(1.5f);
            template.saveState();
            var transparency = new com.lowagie.text.pdf.PdfGState();
            transparency.setFillOpacity(0.35f);
            template.setGState(transparency);
            polygon(template, chart.scores(), dx, height);
            template.fill();
            template.restoreState();
            polygon(template, chart.scores(), dx, height);
            template.stroke();
            BaseFont font = body.getCalculatedBaseFont(false);
            template.beginText();
            template.setFontAndSize(font, 9);
            template.setColorFill(BLUE);
            for (int i = 0; i < chart.axes().size(); i++) {
                RadarChart.Point at = chart.labelAt(i);
                RadarChart.Axis axis = chart.axes().get(i);
                String label = axis.label() + " (" + (axis.score() == null ? "–" : axis.score()) + ")";
                int align = switch (chart.anchor(i)) {
                    case "start" -> PdfContentByte.ALIGN_LEFT;
                    case "end" -> PdfContentByte.ALIGN_RIGHT;
                    default -> PdfContentByte.ALIGN_CENTER;
                };
                template.showTextAligned(align, label, (float) at.x() + dx, height - (float) (at.y() + chart.baseline(i)), 0);
            }
            template.endText();
            try {
                Image image = Image.getInstance(template);
                image.setAlignment(Element.ALIGN_CENTER);
                image.scaleToFit(440, 300);
                return image;
            } catch (com.lowagie.text.BadElementException e) {
                throw new IllegalStateException(e);
            }
        }

        private void polygon(PdfTemplate template, List<RadarChart.Point> points, float dx, float height) {
            for (int i = 0; i < points.size(); i++) {
                RadarChart.Point p = points.get(i);
                if (i == 0) {
                    template.moveTo((float) p.x() + dx, height - (float) p.y());
                } else {
                    template.lineTo((float) p.x() + dx, height - (float) p.y());
                }
            }
            template.closePath();
        }

        private void plan(Document document) {
            Paragraph heading = new Paragraph(t("diagnostics.result.plan"), this.heading);
            heading.setSpacingBefore(14);
            document.add(heading);
            if (result.recommendations().isEmpty()) {
                document.add(new Paragraph(t("diagnostics.result.plan.none"), body));
                return;
            }
            document.add(new Paragraph(t("diagnostics.result.plan.first"), subheading));
            recommendations(document, result.firstActions(), 1);
            if (!result.otherActions().isEmpty()) {
                Paragraph others = new Paragraph(t("diagnostics.result.plan.others"), subheading);
                others.setSpacingBefore(8);
                document.add(others);
                recommendations(document, result.otherActions(), Scoring.Result.FIRST_ACTIONS + 1);
            }
        }

        private void recommendations(Document document, List<Recommendation> list, int first) {
            int number = first;
            for (Recommendation r : list) {
                Paragraph title = new Paragraph();
                title.setSpacingBefore(8);
                title.add(new Chunk(number++ + ". " + text(r.title()), bold));
                title.add(new Chunk("  [" + t("diagnostics.priority." + r.priority().name().toLowerCase()) + "]", small));
                document.add(title);
                document.add(labelled(t("diagnostics.result.why"), text(r.why())));
                document.add(labelled(t("diagnostics.result.how"), text(r.how())));
                StringBuilder links = new StringBuilder();
                for (String code : r.themes()) {
                    network.theme(code).ifPresent(theme -> links.append(links.isEmpty() ? "" : " · ")
                            .append(t("diagnostics.result.theme")).append(' ').append(text(theme.name())));
                }
                for (Questionnaire.Link link : r.links()) {
                    links.append(links.isEmpty() ? "" : " · ").append(text(link.label()))
                            .append(link.internal() ? "" : " (" + link.href() + ")");
                }
                if (!links.isEmpty()) {
                    document.add(labelled(t("diagnostics.result.links"), links.toString()));
                }
            }
        }

        private Paragraph labelled(String label, String value) {
            Paragraph paragraph = new Paragraph();
            paragraph.setIndentationLeft(12);
            paragraph.add(new Chunk(label + " ", bold));
            paragraph.add(new Chunk(value, body));
            return paragraph;
        }

        private PdfPCell headerCell(String text) {
            PdfPCell cell = cell(text, subheading);
            cell.setBackgroundColor(LIGHT);
            return cell;
        }

        private PdfPCell cell(String text, Font font) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setPadding(5);
            cell.setBorderColor(new Color(0xe5, 0xe7, 0xeb));
            return cell;
        }

        private String text(LocalizedText localized) {
            return localized == null ? "" : localized.in(language).text();
        }

        private String t(String key, Object... args) {
            return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
        }
    }

    static {
        // Fail early (at class loading) rather than in a request if the standard fonts are missing.
        try {
            BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

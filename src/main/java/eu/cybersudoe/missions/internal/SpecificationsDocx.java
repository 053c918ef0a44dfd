package eu.cybersudoe.missions.internal;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The draft specifications (cahier des charges) of a report as a Word document the company can
 * go on editing: a title, the company, then one heading and its text per section.
 */
@Component
public class SpecificationsDocx {

    private final MessageSource messages;

    SpecificationsDocx(MessageSource messages) {
        this.messages = messages;
    }

    /** The document's bytes; the report must have specifications. */
    public byte[] write(ReportContent report) {
        if (report.specifications() == null) {
            throw new IllegalArgumentException("The report has no specifications");
        }
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(t(report, "missions.report.specifications") + " – "
                    + report.companyName());
            document.getProperties().getCoreProperties().setCreator("CyberSudoe");
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.LEFT);
            run(title, t(report, "missions.report.specifications"), 20, true);
            run(document.createParagraph(), report.companyName(), 14, true);
            run(document.createParagraph(), t(report, "missions.report.byline", report.partnerName(), report.advisorName(),
                    report.heldOn(), report.days()), 10, false);
            for (Map.Entry<String, String> section : report.specifications().sections().entrySet()) {
                run(document.createParagraph(), t(report, section.getKey()), 13, true);
                String text = section.getValue() == null ? "" : section.getValue();
                for (String line : text.split("\\R", -1)) {
                    run(document.createParagraph(), line, 11, false);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily("Calibri");
    }

    private String t(ReportContent report, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, report.language().locale());
    }
}

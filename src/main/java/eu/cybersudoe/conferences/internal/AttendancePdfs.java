package eu.cybersudoe.conferences.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The attendance documents, made with PDFBox: the sign-in sheet (participants, companies and a
 * signature column, kept as audit evidence) and the certificate of attendance. The DejaVu Sans
 * font shipped with the application is embedded, so every name prints as typed.
 */
public final class AttendancePdfs {

    private static final float MARGIN = 40;
    private static final float ROW = 26;

    private AttendancePdfs() {
    }

    /**
     * The words of a sign-in sheet, already in the sheet's language.
     *
     * @param heading  the document's title
     * @param lines    the conference's title, organiser, date and place, one a line
     * @param columns  the column headings: number, name, company, signature
     */
    public record Sheet(String heading, List<String> lines, List<String> columns, String footer) {
    }

    /** A row of the sign-in sheet. */
    public record Row(String name, String company) {
    }

    public static byte[] signInSheet(Sheet sheet, List<Row> rows) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "DejaVuSans.ttf");
            PDFont bold = font(document, "DejaVuSans-Bold.ttf");
            PDImageXObject logo = logo(document);
            float[] widths = {30, 170, 180, 135};
            int index = 0;
            int pageNumber = 0;
            do {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                pageNumber++;
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    float y = header(out, logo, bold, regular, sheet.heading(), sheet.lines(), page);
                    y = tableRow(out, bold, widths, sheet.columns(), y, true);
                    while (index < rows.size() && y > MARGIN + 2 * ROW) {
                        Row row = rows.get(index);
                        y = tableRow(out, regular, widths, List.of(String.valueOf(index + 1), row.name(), row.company(), ""), y, false);
                        index++;
                    }
                    for (int blank = 0; index >= rows.size() && blank < 8 && y > MARGIN + 2 * ROW; blank++) {
                        y = tableRow(out, regular, widths, List.of("", "", "", ""), y, false);
                    }
                    text(out, regular, 8, MARGIN, MARGIN - 10, sheet.footer() + " · " + pageNumber);
                }
            } while (index < rows.size());
            return save(document);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A certificate of attendance: a heading, then paragraphs, then a closing line. */
    public static byte[] certificate(String heading, List<String> paragraphs, String closing) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "DejaVuSans.ttf");
            PDFont bold = font(document, "DejaVuSans-Bold.ttf");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = header(out, logo(document), bold, regular, heading, List.of(), page) - 30;
                for (String paragraph : paragraphs) {
                    for (String line : wrap(paragraph, regular, 12, page.getMediaBox().getWidth() - 2 * MARGIN)) {
                        text(out, regular, 12, MARGIN, y, line);
                        y -= 18;
                    }
                    y -= 12;
                }
                text(out, regular, 10, MARGIN, y - 30, closing);
            }
            return save(document);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static float header(PDPageContentStream out, PDImageXObject logo, PDFont bold, PDFont regular, String heading,
                                List<String> lines, PDPage page) throws IOException {
        float top = page.getMediaBox().getHeight() - MARGIN;
        if (logo != null) {
            float height = 40;
            float width = logo.getWidth() * height / logo.getHeight();
            out.drawImage(logo, MARGIN, top - height, width, height);
        }
        float y = top - 70;
        text(out, bold, 16, MARGIN, y, heading);
        y -= 22;
        for (String line : lines) {
            for (String part : wrap(line, regular, 10, page.getMediaBox().getWidth() - 2 * MARGIN)) {
                text(out, regular, 10, MARGIN, y, part);
                y -= 14;
            }
        }
        return y - 10;
    }

    private static float tableRow(PDPageContentStream out, PDFont font, float[] widths, List<String> cells, float y,
                                  boolean heading) throws IOException {
        float x = MARGIN;
        out.setStrokingColor(Color.GRAY);
        for (int i = 0; i < widths.length; i++) {
            out.addRect(x, y - ROW, widths[i], ROW);
            out.stroke();
            String cell = fit(cells.get(i), font, heading ? 10 : 9, widths[i] - 8);
            text(out, font, heading ? 10 : 9, x + 4, y - ROW + 9, cell);
            x += widths[i];
        }
        return y - ROW;
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static String fit(String text, PDFont font, float size, float width) throws IOException {
        if (text == null) {
            return "";
        }
        String shown = text;
        while (!shown.isEmpty() && font.getStringWidth(shown) / 1000 * size > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown.length() < text.length() ? shown.substring(0, Math.max(0, shown.length() - 1)) + "…" : shown;
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static PDFont font(PDDocument document, String name) throws IOException {
        try (InputStream in = AttendancePdfs.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IOException("Font " + name + " missing from the application");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** The network's logo (the shapes of {@code /img/logo.svg}), drawn at twice its size. */
    private static PDImageXObject logo(PDDocument document) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(760, 192, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 760, 192);
        g.scale(2, 2);
        g.translate(8, 8);
        Color blue = new Color(0x0b4f8a);
        Color amber = new Color(0xf5a623);
        g.setColor(blue);
        g.fillOval(2, 2, 76, 76);
        g.setColor(Color.WHITE);
        g.setStroke(new java.awt.BasicStroke(4, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
        g.drawPolygon(new int[]{40, 62, 62, 40, 18, 18}, new int[]{14, 27, 53, 66, 53, 27}, 6);
        g.setStroke(new java.awt.BasicStroke(3));
        g.drawLine(40, 40, 40, 14);
        g.drawLine(40, 40, 62, 53);
        g.drawLine(40, 40, 18, 53);
        g.fillOval(32, 32, 16, 16);
        g.setColor(amber);
        g.fillOval(34, 8, 12, 12);
        g.fillOval(56, 47, 12, 12);
        g.fillOval(12, 47, 12, 12);
        g.translate(-8, -8);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 40));
        g.setColor(blue);
        g.drawString("Cyber", 104, 58);
        int cyber = g.getFontMetrics().stringWidth("Cyber");
        g.setColor(new Color(0xc2410c));
        g.drawString("Sudoe", 104 + cyber, 58);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 14));
        g.setColor(new Color(0x374151));
        g.drawString("FR · ES · PT", 106, 82);
        g.dispose();
        return org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, image);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }
}

package eu.cybersudoe.shared.documents;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes an outline as a Word document (DOCX, Apache POI) people can go on editing, in the same
 * frame as the PDFs (see {@link WordFrame}): the title in Heading 1, sections in Heading 2 and
 * their parts in Heading 3, tables whose header row repeats on every page.
 */
@Component
public class WordDocuments {

    private final DocumentSkeleton skeleton;

    WordDocuments(DocumentSkeleton skeleton) {
        this.skeleton = skeleton;
    }

    /** The document's bytes. */
    public byte[] write(Outline outline) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordFrame.apply(document, skeleton.frame(outline));
            heading(document, 1, outline.title());
            outline.lines().forEach(line -> document.createParagraph().createRun().setText(line));
            for (Outline.Block block : outline.blocks()) {
                switch (block) {
                    case Outline.Heading heading -> heading(document, heading.level(), heading.text());
                    case Outline.Text text -> text(document, text);
                    case Outline.Table table -> table(document, table);
                    case Outline.Figure figure -> WordFrame.picture(document.createParagraph().createRun(),
                            Picture.drawing(figure.svg(), figure.alternative()), 220);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument document, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
    }

    private static void text(XWPFDocument document, Outline.Text text) {
        List<String> paragraphs = text.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            XWPFParagraph paragraph = document.createParagraph();
            if (i == 0 && text.label() != null) {
                XWPFRun label = paragraph.createRun();
                label.setBold(true);
                label.setText(text.label() + " ");
            }
            XWPFRun run = paragraph.createRun();
            run.setText(paragraphs.get(i));
            if (text.prominent()) {
                run.setFontSize(14);
            }
        }
    }

    private static void table(XWPFDocument document, Outline.Table table) {
        XWPFTable grid = document.createTable(table.rows().size() + 1, table.header().size());
        grid.setWidth("100%");
        var columns = grid.getCTTbl().addNewTblGrid();
        for (int c = 0; c < table.header().size(); c++) {
            columns.addNewGridCol().setW(BigInteger.valueOf((long) WordFrame.TEXT_WIDTH * table.percent(c) / 100));
        }
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < table.header().size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(table.percent(c) + "%");
            cell.setColor("E6F0FA");
            XWPFRun run = cell.getParagraphs().getFirst().createRun();
            run.setBold(true);
            run.setText(table.header().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = grid.getRow(r + 1);
            row.setCantSplitRow(true);
            if (table.forWriting()) {
                row.setHeight(560);
            }
            for (int c = 0; c < table.header().size(); c++) {
                row.getCell(c).setWidth(table.percent(c) + "%");
                row.getCell(c).getParagraphs().getFirst().createRun().setText(table.rows().get(r).get(c));
            }
        }
        document.createParagraph();
    }
}

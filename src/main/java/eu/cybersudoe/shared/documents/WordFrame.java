package eu.cybersudoe.shared.documents;

import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * The frame of a Word document: A4 pages with margins, the paragraph styles (Normal, Heading 1
 * to 3 under the names Word knows, so its navigation pane and table of contents find them), the
 * header with the network's logo and the emblems, the footer with the funding statement, when
 * the document was produced and "page 2 of 5" as fields Word fills in.
 */
final class WordFrame {

    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN = 1247;
    /** The width between the margins, in twentieths of a point. */
    static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;
    static final String FONT = "Calibri";
    private static final String BLUE = "08345C";
    private static final int HEADER_PICTURE_HEIGHT = 28;

    private WordFrame() {
    }

    static void apply(XWPFDocument document, DocumentFrame frame) {
        styles(document, frame.outline().language().locale().toLanguageTag());
        page(document);
        header(document, frame);
        footer(document, frame);
        document.getProperties().getCoreProperties().setTitle(frame.outline().title());
        document.getProperties().getCoreProperties().setCreator("CyberSudoe");
    }

    private static void styles(XWPFDocument document, String language) {
        XWPFStyles styles = document.createStyles();
        styles.setSpellingLanguage(language);
        styles.addStyle(style(styles, "Normal", "Normal", 0, 10, false, "111827"));
        int[] sizes = {18, 14, 11};
        for (int level = 1; level <= 3; level++) {
            styles.addStyle(style(styles, "Heading" + level, "heading " + level, level, sizes[level - 1], true, BLUE));
        }
    }

    private static XWPFStyle style(XWPFStyles styles, String id, String name, int level, int points, boolean bold, String colour) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        if (level > 0) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 0 : 240));
        } else {
            style.setDefault(true);
            paragraph.addNewSpacing().setAfter(BigInteger.valueOf(100));
        }
        CTRPr run = style.addNewRPr();
        run.addNewRFonts().setAscii(FONT);
        run.getRFontsArray(0).setHAnsi(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        run.addNewColor().setVal(colour);
        if (bold) {
            run.addNewB();
        }
        return new XWPFStyle(style, styles);
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN + 300));
        margins.setBottom(BigInteger.valueOf(MARGIN + 300));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(600));
        margins.setFooter(BigInteger.valueOf(600));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void header(XWPFDocument document, DocumentFrame frame) {
        XWPFParagraph line = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        rightTab(line);
        framePicture(line.createRun(), frame.logo());
        line.createRun().addTab();
        framePicture(line.createRun(), frame.euEmblem());
        line.createRun().setText(" ");
        framePicture(line.createRun(), frame.programme());
    }

    private static void footer(XWPFDocument document, DocumentFrame frame) {
        var footer = document.createFooter(HeaderFooterType.DEFAULT);
        small(footer.createParagraph().createRun(), frame.funding());
        XWPFParagraph line = footer.createParagraph();
        rightTab(line);
        small(line.createRun(), frame.produced());
        line.createRun().addTab();
        small(line.createRun(), frame.pageNumber().before());
        field(line, "PAGE");
        small(line.createRun(), frame.pageNumber().between());
        field(line, "NUMPAGES");
        small(line.createRun(), frame.pageNumber().after());
    }

    /** A field Word computes when it lays the pages out (PAGE, NUMPAGES). */
    private static void field(XWPFParagraph paragraph, String instruction) {
        small(paragraph.createRun(), null).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        small(paragraph.createRun(), null).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        small(paragraph.createRun(), null).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        small(paragraph.createRun(), "1");
        small(paragraph.createRun(), null).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFRun small(XWPFRun run, String text) {
        if (text != null && !text.isEmpty()) {
            run.setText(text);
        }
        run.setFontSize(8);
        run.setColor("4B5563");
        return run;
    }

    private static void rightTab(XWPFParagraph paragraph) {
        var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTTabStop tab = properties.addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
    }

    /** A picture with its text alternative (the description Word reads out), the given points high. */
    static void picture(XWPFRun run, Picture picture, double height) {
        picture(run, Rasters.of(picture, 600), picture.alternative(), height);
    }

    private static void framePicture(XWPFRun run, Picture picture) {
        picture(run, Rasters.ofFrame(picture, 600), picture.alternative(), HEADER_PICTURE_HEIGHT);
    }

    private static void picture(XWPFRun run, Rasters.Raster raster, String alternative, double height) {
        try {
            run.addPicture(new ByteArrayInputStream(raster.bytes()), raster.png() ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
                    raster.png() ? "picture.png" : "picture.jpg", Units.toEMU(raster.widthAt(height)), Units.toEMU(height));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var drawing = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1);
        drawing.getInlineArray(0).getDocPr().setDescr(alternative);
    }
}

package eu.cybersudoe.shared.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the platform's documents back the way a checker or an assistive technology would: a
 * PDF's metadata, text, fonts, images and tag tree (PDFBox), its PDF/UA-1 conformance
 * (veraPDF), a Word document's styles, page and header/footer (Apache POI).
 *
 * @param text the PDF's words in the order of their positions on the pages, white space collapsed into single spaces
 */
public record DocumentReading(String title, String language, boolean tagged, String text, int pages, List<String> tags,
                              List<String> figureAlternatives, boolean fontsEmbedded, int images) {

    /** Reads a PDF: metadata, text, fonts, images, and the tags of its structure tree with the figures' alternatives. */
    public static DocumentReading pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            var catalog = document.getDocumentCatalog();
            List<String> tags = new ArrayList<>();
            List<String> alternatives = new ArrayList<>();
            if (catalog.getStructureTreeRoot() != null) {
                walk(catalog.getStructureTreeRoot(), tags, alternatives);
            }
            boolean embedded = true;
            int images = 0;
            for (PDPage page : document.getPages()) {
                embedded &= fontsEmbedded(page.getResources());
                images += images(page.getResources());
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return new DocumentReading(document.getDocumentInformation().getTitle(), catalog.getLanguage(),
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), stripper.getText(document).replaceAll("\\s+", " "),
                    document.getNumberOfPages(), tags, alternatives, embedded, images);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(PDStructureNode node, List<String> tags, List<String> alternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                if ("Figure".equals(element.getStructureType())) {
                    alternatives.add(element.getAlternateDescription());
                }
                walk(element, tags, alternatives);
            }
        }
    }

    private static boolean fontsEmbedded(PDResources resources) throws IOException {
        if (resources == null) {
            return true;
        }
        boolean embedded = true;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            embedded &= font.isEmbedded();
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                embedded &= fontsEmbedded(form.getResources());
            }
        }
        return embedded;
    }

    private static int images(PDResources resources) throws IOException {
        int images = 0;
        if (resources != null) {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject) {
                    images++;
                } else if (object instanceof PDFormXObject form) {
                    images += images(form.getResources());
                }
            }
        }
        return images;
    }

    /** The rules of PDF/UA-1 the document breaks, as veraPDF words them (empty when it conforms). */
    public static List<String> pdfUaFailures(byte[] bytes) {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.PDFUA_1;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(bytes), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the document", e);
        }
    }

    /** A Word document opened with Apache POI. */
    public static XWPFDocument docx(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package eu.cybersudoe.shared.documents;

import eu.cybersudoe.shared.Language;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentsTest {

    /** A sentence per language, with the accents of each and œ and ž of Latin Extended-A. */
    static final Map<Language, String> SENTENCES = Map.of(
            Language.FR, "Cœur de métier : l’œuvre numérique d’Éloïse à Noël",
            Language.ES, "Señalización y diseño: año, acción, pingüino, Žilina",
            Language.PT, "Gestão, formação e coração: São João, ação, Žužemberk",
            Language.EN, "Naïve café résumé with Œuvres and Žabljak");

    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:30:00Z"), ZoneId.of("Europe/Paris"));

    DocumentsTest() {
        messages.setBasenames("classpath:i18n/documents", "classpath:i18n/shared");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private DocumentSkeleton skeleton(ProgrammeEmblem emblem) {
        return new DocumentSkeleton(messages, clock, emblem);
    }

    private PdfDocuments pdfs(ProgrammeEmblem emblem) {
        return new PdfDocuments(skeleton(emblem), TemplateEngine.createPrecompiled(ContentType.Html));
    }

    static Outline report(Language language) {
        String sentence = SENTENCES.get(language);
        Outline.Builder outline = Outline.of(language, "Rapport " + sentence).line(sentence)
                .section("Section " + sentence).text(sentence + "\n" + sentence)
                .subsection("Partie " + sentence).labelled("Label", sentence)
                .figure(EuEmblem.svg(), "Figure " + sentence);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(List.of(String.valueOf(i), sentence, "œ ž"));
        }
        return outline.table(List.of("N", "Texte", "Autre"), List.of(1, 5, 2), rows).build();
    }

    @Test
    void everyPdfIsTaggedInItsLanguageWithItsTitleFramePageNumbersAndEmbeddedFonts() {
        for (Language language : Language.values()) {
            DocumentReading pdf = DocumentReading.pdf(pdfs(new ProgrammeEmblem("")).write(report(language)));

            assertThat(pdf.tagged()).isTrue();
            assertThat(pdf.language()).isEqualTo(language.code());
            assertThat(pdf.title()).isEqualTo("Rapport " + SENTENCES.get(language));
            assertThat(pdf.fontsEmbedded()).isTrue();
            assertThat(pdf.text()).contains(SENTENCES.get(language), "œ ž",
                    messages.getMessage("layout.funding", null, language.locale()));
            assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
            String pageNumber = messages.getMessage("documents.pageNumber", new Object[]{2, pdf.pages()}, language.locale());
            assertThat(pdf.text()).contains(pageNumber);
            assertThat(pdf.tags()).contains("H1", "H2", "H3", "P", "Table", "TH", "TD", "Figure");
            assertThat(pdf.figureAlternatives()).contains("Figure " + SENTENCES.get(language),
                    messages.getMessage("documents.euEmblem.alt", null, language.locale()),
                    messages.getMessage("documents.logo.alt", null, language.locale()));
            assertThat(pdf.figureAlternatives()).allSatisfy(alternative -> assertThat(alternative).isNotBlank());
        }
    }

    @Test
    void theEmbeddedFontsHaveAGlyphForEveryLetterOfLatin1AndLatinExtendedA() throws IOException {
        for (String name : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
            try (var in = DocumentsTest.class.getResourceAsStream("/fonts/" + name);
                 TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                var cmap = font.getUnicodeCmapLookup();
                List<String> missing = new ArrayList<>();
                for (int codePoint = 0xA0; codePoint <= 0x17F; codePoint++) {
                    if (cmap.getGlyphId(codePoint) == 0) {
                        missing.add(Integer.toHexString(codePoint));
                    }
                }
                assertThat(missing).as(name).isEmpty();
            }
        }
    }

    @Test
    void markupTypedByPeopleIsPrintedAsTextAndLongWordsAreKeptWhole() {
        String typed = "<script>alert(1)</script> & <img src=\"http://example.org/x.png\"> ]]> &amp;";
        String longWord = "https://example.org/" + "a".repeat(300);
        Outline outline = Outline.of(Language.EN, typed).text(typed)
                .table(List.of("<b>head</b>"), List.of(1), List.of(List.of(typed), List.of(longWord))).build();

        DocumentReading pdf = DocumentReading.pdf(pdfs(new ProgrammeEmblem("")).write(outline));

        assertThat(pdf.title()).isEqualTo(typed);
        assertThat(pdf.text()).contains(typed, "<b>head</b>");
        assertThat(pdf.text().replace(" ", "")).contains(longWord);
        assertThat(pdf.images()).isZero();
    }

    @Test
    void theFooterTellsWhenTheDocumentWasProducedWithTheTimeZone() {
        DocumentReading pdf = DocumentReading.pdf(pdfs(new ProgrammeEmblem("")).write(report(Language.FR)));

        assertThat(pdf.text()).contains("Édité le 7 décembre 2026 à 10:30 (heure normale d’Europe centrale, UTC+01:00)");
    }

    @Test
    void theProgrammeEmblemIsALabelledPlaceholderUntilTheNetworkSuppliesAnImage(@TempDir Path folder) throws IOException {
        DocumentReading placeholder = DocumentReading.pdf(pdfs(new ProgrammeEmblem("")).write(report(Language.PT)));
        assertThat(placeholder.figureAlternatives()).contains("Emblema do programa – imagem oficial a fornecer");
        assertThat(placeholder.images()).isZero();

        Path png = folder.resolve("interreg-sudoe.png");
        ImageIO.write(new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        DocumentReading supplied = DocumentReading.pdf(pdfs(new ProgrammeEmblem(png.toString())).write(report(Language.PT)));
        assertThat(supplied.figureAlternatives()).contains("Emblema do programa Interreg IV B SUDOE")
                .doesNotContain("Emblema do programa – imagem oficial a fornecer");
        assertThat(supplied.images()).isPositive();
    }

    @Test
    void aProgrammeEmblemThatCannotBeShownStopsTheStart(@TempDir Path folder) throws IOException {
        Path gif = Files.writeString(folder.resolve("emblem.gif"), "GIF89a");

        assertThatThrownBy(() -> new ProgrammeEmblem(gif.toString())).hasMessageContaining("must be a PNG, JPEG or SVG file");
        assertThatThrownBy(() -> new ProgrammeEmblem(folder.resolve("missing.png").toString())).hasMessageContaining("cannot be read");
    }

    @Test
    void aReportConformsToPdfUa() throws IOException {
        byte[] pdf = pdfs(new ProgrammeEmblem("")).write(report(Language.FR));

        assertThat(DocumentReading.pdfUaFailures(pdf)).isEmpty();
        assertThat(DocumentReading.pdfUaFailures(untagged())).isNotEmpty();
    }

    /** A PDF with text but no tags, language or title, as the platform wrote them before. */
    private static byte[] untagged() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Rapport");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWordDocumentHasHeadingStylesA4PagesAndTheFrameInItsHeaderAndFooter() throws Exception {
        byte[] bytes = new WordDocuments(skeleton(new ProgrammeEmblem(""))).write(report(Language.ES));

        try (XWPFDocument docx = DocumentReading.docx(bytes)) {
            Map<String, List<String>> byStyle = docx.getParagraphs().stream().filter(p -> p.getStyleID() != null)
                    .collect(Collectors.groupingBy(XWPFParagraph::getStyleID, Collectors.mapping(XWPFParagraph::getText, Collectors.toList())));
            assertThat(byStyle.get("Heading1")).containsExactly("Rapport " + SENTENCES.get(Language.ES));
            assertThat(byStyle.get("Heading2")).containsExactly("Section " + SENTENCES.get(Language.ES));
            assertThat(byStyle.get("Heading3")).containsExactly("Partie " + SENTENCES.get(Language.ES));
            assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Rapport " + SENTENCES.get(Language.ES));

            var page = docx.getDocument().getBody().getSectPr();
            assertThat(page.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(page.getPgSz().getH().toString()).isEqualTo("16838");
            assertThat(((java.math.BigInteger) page.getPgMar().getLeft()).intValue()).isGreaterThanOrEqualTo(1000);

            var table = docx.getTables().getFirst();
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Texte");
            assertThat(table.getRows()).hasSize(61);

            var header = docx.getHeaderList().getFirst();
            assertThat(header.getAllPictures()).hasSize(3);
            assertThat(header._getHdrFtr().xmlText()).contains("descr=\"Emblema de la Unión Europea",
                    "descr=\"Logotipo de la red CyberSudoe", "descr=\"Emblema del programa");
            String footer = docx.getFooterList().getFirst()._getHdrFtr().xmlText();
            assertThat(docx.getFooterList().getFirst().getText()).contains("Generado el 7 de diciembre de 2026",
                    "Interreg IV B SUDOE", "página");
            assertThat(footer).contains(" PAGE ", " NUMPAGES ");
            // Word refuses documents whose parts break the WordprocessingML schema.
            assertThat(docx.getDocument().validate()).isTrue();
            assertThat(docx.getStyle().validate()).isTrue();
            assertThat(header._getHdrFtr().validate()).isTrue();
            assertThat(docx.getFooterList().getFirst()._getHdrFtr().validate()).isTrue();
        }
    }
}

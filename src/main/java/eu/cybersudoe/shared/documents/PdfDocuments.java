package eu.cybersudoe.shared.documents;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import static com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/**
 * Writes an outline as a tagged PDF (PDF/UA-1) in its frame: the skeleton template
 * {@code documents/outline.jte} makes the XHTML, OpenHTMLtoPDF lays it out on A4 pages, draws
 * its SVG with Batik, embeds the DejaVu Sans fonts (Latin-1 and Latin Extended-A, among others)
 * and tags headings, paragraphs, tables and figures with their text alternatives. Only data
 * URIs are fetched: a document never reaches outside the platform.
 */
@Component
public class PdfDocuments {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final DocumentSkeleton skeleton;
    private final TemplateEngine templates;

    PdfDocuments(DocumentSkeleton skeleton, TemplateEngine templates) {
        this.skeleton = skeleton;
        this.templates = templates;
    }

    /** The PDF's bytes. */
    public byte[] write(Outline outline) {
        return render(xhtml(skeleton.frame(outline)));
    }

    String xhtml(DocumentFrame frame) {
        StringOutput html = new StringOutput();
        templates.render("documents/outline.jte", Map.of("frame", frame), html);
        return html.toString();
    }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePdfUaAccessibility(true)
                    .useFont(font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .useSVGDrawer(new BatikSVGDrawer())
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("CyberSudoe")
                    .withHtmlContent(xhtml, null)
                    .toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be written", e);
        }
        return out.toByteArray();
    }

    private static FSSupplier<InputStream> font(String name) {
        return () -> {
            InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + name);
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the application");
            }
            return in;
        };
    }
}

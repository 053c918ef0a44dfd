package eu.cybersudoe.shared.documents;

import eu.cybersudoe.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Makes the frame every document of the platform shares (see {@link DocumentFrame}), in the
 * document's language and at the platform clock's time and zone.
 */
@Component
public class DocumentSkeleton {

    private static final String LOGO = "/static/img/logo.svg";

    private final MessageSource messages;
    private final Clock clock;
    private final ProgrammeEmblem programmeEmblem;
    private final String logo;

    DocumentSkeleton(MessageSource messages, Clock clock, ProgrammeEmblem programmeEmblem) {
        this.messages = messages;
        this.clock = clock;
        this.programmeEmblem = programmeEmblem;
        this.logo = resource(LOGO);
    }

    /** The frame of an outline, produced now. */
    public DocumentFrame frame(Outline outline) {
        Language language = outline.language();
        return new DocumentFrame(outline,
                Picture.drawing(logo, t(language, "documents.logo.alt")),
                Picture.drawing(EuEmblem.svg(), t(language, "documents.euEmblem.alt")),
                programme(language),
                t(language, "layout.funding"),
                produced(language),
                DocumentFrame.PageNumber.of(t(language, "documents.pageNumber")));
    }

    private Picture programme(Language language) {
        String alternative = t(language, "documents.programmeEmblem.alt");
        return programmeEmblem.artwork()
                .map(art -> new Picture(art.svg(), art.image(), art.mediaType(), alternative))
                .orElseGet(() -> Picture.drawing(placeholder(t(language, "documents.programmeEmblem.placeholder"),
                        t(language, "documents.programmeEmblem.pending")), t(language, "documents.programmeEmblem.placeholder")
                        + " – " + t(language, "documents.programmeEmblem.pending")));
    }

    /** A dashed frame the size of the emblem with its label, so nobody mistakes it for the artwork. */
    static String placeholder(String label, String pending) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 120\" width=\"300\" height=\"120\">"
                + "<rect x=\"2\" y=\"2\" width=\"296\" height=\"116\" fill=\"#f9fafb\" stroke=\"#6b7280\" stroke-width=\"3\""
                + " stroke-dasharray=\"10 6\"/>"
                + "<text x=\"150\" y=\"54\" text-anchor=\"middle\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"20\""
                + " font-weight=\"bold\" fill=\"#374151\">" + HtmlUtils.htmlEscape(label, "UTF-8") + "</text>"
                + "<text x=\"150\" y=\"84\" text-anchor=\"middle\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"15\""
                + " fill=\"#374151\">" + HtmlUtils.htmlEscape(pending, "UTF-8") + "</text></svg>";
    }

    private String produced(Language language) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        String date = now.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
        String time = now.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale()));
        ZoneOffset offset = now.getOffset();
        String zone = now.format(DateTimeFormatter.ofPattern("zzzz", language.locale()))
                + ", UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
        return t(language, "documents.produced", date, time, zone);
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }

    private static String resource(String path) {
        try (InputStream in = DocumentSkeleton.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

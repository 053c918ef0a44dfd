package eu.cybersudoe.shared.documents;

import org.springframework.web.util.HtmlUtils;

import java.util.Base64;

/**
 * A picture of a document's frame (a logo or an emblem): an SVG drawing or the bytes of a PNG or
 * JPEG image, with its text alternative.
 *
 * @param svg         the drawing, or null for an image
 * @param image       the image's bytes, or null for a drawing
 * @param mediaType   the image's media type (image/png or image/jpeg), or null for a drawing
 * @param alternative what a screen reader says instead of the picture
 */
public record Picture(String svg, byte[] image, String mediaType, String alternative) {

    static Picture drawing(String svg, String alternative) {
        return new Picture(svg, null, null, alternative);
    }

    public boolean isDrawing() {
        return svg != null;
    }

    /** The drawing with its text alternative as an attribute, the way the PDF writer tags figures. */
    public String svgWithAlternative() {
        return withAlternative(svg, alternative);
    }

    /** The image as a data URI, so that the PDF writer fetches nothing from outside. */
    public String dataUri() {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(image);
    }

    /** An SVG element with an {@code alt} attribute added to its root (the value escaped). */
    public static String withAlternative(String svg, String alternative) {
        int start = svg.indexOf("<svg");
        if (start < 0) {
            throw new IllegalArgumentException("Not an SVG drawing");
        }
        int at = start + "<svg".length();
        return svg.substring(0, at) + " alt=\"" + HtmlUtils.htmlEscape(alternative, "UTF-8") + "\"" + svg.substring(at);
    }
}

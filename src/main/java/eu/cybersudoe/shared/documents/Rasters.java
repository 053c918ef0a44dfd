package eu.cybersudoe.shared.documents;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Pictures as raster images for the formats that do not take SVG (Word documents), drawn by Batik. */
final class Rasters {

    /** A PNG or JPEG image with its size in pixels. */
    record Raster(byte[] bytes, boolean png, int width, int height) {

        /** The width that keeps the proportions at a height. */
        double widthAt(double height) {
            return height * width / this.height;
        }
    }

    /** The frame's pictures drawn so far: a handful (the logo, the emblems, a placeholder per language). */
    private static final Map<String, Raster> FRAME = new ConcurrentHashMap<>();

    private Rasters() {
    }

    /** A picture of the frame, drawn once and then kept. */
    static Raster ofFrame(Picture picture, float width) {
        return picture.isDrawing() ? FRAME.computeIfAbsent(width + ":" + picture.svg(), key -> of(picture, width)) : of(picture, width);
    }

    /** The picture as an image; drawings are drawn the given number of pixels wide. */
    static Raster of(Picture picture, float width) {
        byte[] bytes = picture.isDrawing() ? png(picture.svg(), width) : picture.image();
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalStateException("Not an image the platform can read");
            }
            return new Raster(bytes, picture.isDrawing() || "image/png".equals(picture.mediaType()), image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(String svg, float width) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("The drawing could not be rendered", e);
        }
        return out.toByteArray();
    }
}

package eu.cybersudoe.shared.documents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The programme's emblem as the network supplies it: an image file (PNG, JPEG or SVG) named by
 * {@code cybersudoe.documents.programme-emblem}. Until one is configured, documents show a
 * clearly labelled placeholder. A file that is missing or of another type stops the start.
 */
@Component
public class ProgrammeEmblem {

    /** The artwork read from the file: an SVG text, or image bytes and their media type. */
    record Artwork(String svg, byte[] image, String mediaType) {
    }

    private final Artwork artwork;

    ProgrammeEmblem(@Value("${cybersudoe.documents.programme-emblem:}") String file) {
        this.artwork = file == null || file.isBlank() ? null : read(Path.of(file));
    }

    /** The configured artwork, or empty while the placeholder stands in for it. */
    Optional<Artwork> artwork() {
        return Optional.ofNullable(artwork);
    }

    static Artwork read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                return new Artwork(Files.readString(file, StandardCharsets.UTF_8), null, null);
            }
            String type = name.endsWith(".png") ? "image/png" : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : null;
            if (type == null) {
                throw new IllegalStateException("The programme emblem " + file + " must be a PNG, JPEG or SVG file");
            }
            return new Artwork(null, Files.readAllBytes(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException("The programme emblem " + file + " cannot be read", e);
        }
    }
}

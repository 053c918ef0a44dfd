package eu.cybersudoe.shared.files;

import java.time.Instant;
import java.util.Objects;

/**
 * A file kept by the {@link FileStore}.
 *
 * @param key          the opaque key to open, find or delete it with
 * @param area         what the file is for ({@code "mission-reports"})
 * @param originalName the name it came with, exactly as given
 * @param fileName     that name made safe for a download header or a file system
 * @param contentType  the media type guessed from its name ({@code application/octet-stream}
 *                     when unknown)
 * @param size         its length in bytes
 * @param sha256       the SHA-256 digest of its content, in lower-case hexadecimal
 * @param storedAt     when it was stored
 */
public record StoredFile(String key, String area, String originalName, String fileName, String contentType,
                         long size, String sha256, Instant storedAt) {

    public StoredFile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(storedAt, "storedAt");
    }
}

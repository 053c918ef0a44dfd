package eu.cybersudoe.shared.files;

import java.io.InputStream;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Where the platform keeps files: uploads (mission reports, logos, imported sheets) and the
 * documents it generates (PDF reports, exports). Modules never write to the local disk
 * themselves; they store a file here and keep its {@linkplain StoredFile#key() key}.
 *
 * <p>The default, {@link LocalFileStore}, writes under the data folder
 * ({@code cybersudoe.data-dir}). A cluster replaces it by declaring its own bean of this
 * interface (an object store shared by every node); nothing else changes.
 *
 * <p>Keys are opaque: callers store and pass them on, and never build or parse them. A string
 * that is not a key this store could have given (a path, {@code ../}, anything odd) is
 * treated as unknown, before any file is touched.
 */
public interface FileStore {

    /**
     * Stores a file, reading {@code content} to its end (the caller closes it).
     *
     * @param area     what the file is for, in lower case letters, digits and hyphens
     *                 ({@code "mission-reports"}); files are grouped by it
     * @param fileName the name the file came with; kept as given in the metadata, and
     *                 sanitised for use in downloads
     * @param content  the bytes
     * @return the stored file, with its new key, size, SHA-256 digest and content type
     * @throws IllegalArgumentException when the area is not a valid area name
     * @throws java.io.UncheckedIOException when the file cannot be written; nothing is kept then
     */
    StoredFile store(String area, String fileName, InputStream content);

    /**
     * Opens a stored file for reading; the caller closes the stream.
     *
     * @throws NoSuchElementException when no file has that key
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    InputStream open(String key);

    /** The metadata of a stored file, or empty when no file has that key. */
    Optional<StoredFile> find(String key);

    /**
     * Deletes a stored file and its metadata.
     *
     * @return whether a file with that key existed
     */
    boolean delete(String key);
}

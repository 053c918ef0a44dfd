package eu.cybersudoe.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The default {@link FileStore}: files on the local disk, under
 * {@code <data-dir>/files/<area>/<yyyy>/<MM>/<uuid>}, each with its metadata beside it in
 * {@code <uuid>.properties}. Fine for one node; a cluster declares another {@link FileStore}
 * bean (an object store) and this one steps aside.
 *
 * <p>A file is first written to {@code files/.incoming/} and only then moved, atomically, to
 * its place, so a crash or a failed upload never leaves a partial file under a real key; what
 * a crash leaves in {@code .incoming} can be deleted at any time.
 */
public class LocalFileStore implements FileStore {

    private static final String METADATA_SUFFIX = ".properties";
    private static final String INCOMING = ".incoming";

    private final Path root;
    private final Clock clock;

    /**
     * @param root  the folder to keep the files in ({@code <data-dir>/files}); created when needed
     * @param clock gives the stored date and the year and month folders
     */
    public LocalFileStore(Path root, Clock clock) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The folder the files are kept in. */
    public Path root() {
        return root;
    }

    @Override
    public StoredFile store(String area, String fileName, InputStream content) {
        Instant now = clock.instant();
        String key = FileKeys.newKey(area, now);
        Objects.requireNonNull(content, "content");
        String originalName = fileName == null ? "" : fileName;
        Path incoming = root.resolve(INCOMING);
        Path temporaryContent = null;
        Path temporaryMetadata = null;
        try {
            Files.createDirectories(incoming);
            temporaryContent = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha256 = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporaryContent), sha256)) {
                size = content.transferTo(out);
            }
            String safeName = FileNames.sanitise(originalName);
            StoredFile stored = new StoredFile(key, area, originalName, safeName, FileNames.contentType(safeName),
                    size, HexFormat.of().formatHex(sha256.digest()), now);
            temporaryMetadata = Files.createTempFile(incoming, "metadata-", ".part");
            writeMetadata(stored, temporaryMetadata);
            Path target = contentPath(key);
            Files.createDirectories(target.getParent());
            Files.move(temporaryContent, target, StandardCopyOption.ATOMIC_MOVE);
            Files.move(temporaryMetadata, metadataPath(key), StandardCopyOption.ATOMIC_MOVE);
            return stored;
        } catch (IOException e) {
            deleteQuietly(temporaryContent);
            deleteQuietly(temporaryMetadata);
            deleteQuietly(contentPath(key));
            throw new UncheckedIOException("Cannot store a file in " + area, e);
        }
    }

    @Override
    public InputStream open(String key) {
        if (!isKey(key)) {
            throw new NoSuchElementException("No stored file has the key " + printable(key));
        }
        try {
            return Files.newInputStream(contentPath(key));
        } catch (NoSuchFileException e) {
            throw new NoSuchElementException("No stored file has the key " + key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stored file " + key, e);
        }
    }

    @Override
    public Optional<StoredFile> find(String key) {
        if (!isKey(key) || !Files.isRegularFile(contentPath(key))) {
            return Optional.empty();
        }
        Properties metadata = new Properties();
        try (Reader reader = Files.newBufferedReader(metadataPath(key), StandardCharsets.UTF_8)) {
            metadata.load(reader);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the metadata of " + key, e);
        }
        return Optional.of(new StoredFile(key, metadata.getProperty("area"), metadata.getProperty("originalName"),
                metadata.getProperty("fileName"), metadata.getProperty("contentType"),
                Long.parseLong(metadata.getProperty("size")), metadata.getProperty("sha256"),
                Instant.parse(metadata.getProperty("storedAt"))));
    }

    @Override
    public boolean delete(String key) {
        if (!isKey(key)) {
            return false;
        }
        try {
            boolean metadata = Files.deleteIfExists(metadataPath(key));
            boolean content = Files.deleteIfExists(contentPath(key));
            return metadata || content;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the stored file " + key, e);
        }
    }

    /**
     * Every file kept, by its metadata (for copying them to another store); the caller closes the
     * stream. What a crash left in {@code .incoming} and files without metadata are not listed.
     */
    public java.util.stream.Stream<StoredFile> files() {
        if (!Files.isDirectory(root)) {
            return java.util.stream.Stream.empty();
        }
        try {
            return Files.walk(root).filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(FileKeys::isKey)
                    .map(this::find).flatMap(Optional::stream);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the files under " + root, e);
        }
    }

    /** Whether the string has the form of a key this store gives; checked before any disk access. */
    static boolean isKey(String key) {
        return FileKeys.isKey(key);
    }

    private Path contentPath(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalStateException("A key left the file store: " + key);
        }
        return path;
    }

    private Path metadataPath(String key) {
        Path content = contentPath(key);
        return content.resolveSibling(content.getFileName() + METADATA_SUFFIX);
    }

    private static void writeMetadata(StoredFile file, Path path) throws IOException {
        Properties metadata = new Properties();
        metadata.setProperty("area", file.area());
        metadata.setProperty("originalName", file.originalName());
        metadata.setProperty("fileName", file.fileName());
        metadata.setProperty("contentType", file.contentType());
        metadata.setProperty("size", Long.toString(file.size()));
        metadata.setProperty("sha256", file.sha256());
        metadata.setProperty("storedAt", file.storedAt().toString());
        try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            metadata.store(writer, null);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the temporary folder may be cleaned at any time; the key was never given out
        }
    }

    private static String printable(String key) {
        return FileKeys.printable(key);
    }
}

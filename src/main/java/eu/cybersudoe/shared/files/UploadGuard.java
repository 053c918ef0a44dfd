package eu.cybersudoe.shared.files;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one door every upload of the platform goes through before it is kept: the file is copied
 * to a temporary file, reading at most one byte past the use's size limit; its content is told
 * by its magic bytes (never by its name or announced type) and must be a kind the use accepts;
 * an archive (XLSX, DOCX, ZIP) is read entry by entry with its expansion bounded
 * ({@link ArchiveExpansion}). Only then is it stored in the {@link FileStore}. Memory held per
 * upload is a few buffers whatever the file.
 */
@Component
public class UploadGuard {

    private static final int BUFFER = 64 * 1024;

    private final FileStore files;

    public UploadGuard(FileStore files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    /** A file the guard let in, stored, with the kind its content showed. */
    public record Admitted(StoredFile file, FileKind kind) {
    }

    /**
     * Checks a file for a use and stores it in the use's area.
     *
     * @param content read to the end or to the first byte past the limit; the caller closes it
     * @throws UploadRefused when the file is empty, too large, of a kind the use does not accept,
     *                       expands too much or is a damaged archive; nothing is kept then
     */
    public Admitted admit(UploadUse use, String fileName, InputStream content) {
        Path copy = null;
        try {
            copy = Files.createTempFile("upload-", ".part");
            long size = copyAtMost(content, copy, use.maxBytes());
            if (size == 0) {
                throw new UploadRefused(UploadRefused.Reason.EMPTY);
            }
            if (size > use.maxBytes()) {
                throw new UploadRefused(UploadRefused.Reason.TOO_LARGE, String.valueOf(use.maxMegabytes()));
            }
            FileKind kind = kindOf(copy, use);
            try (InputStream checked = Files.newInputStream(copy)) {
                return new Admitted(files.store(use.area(), fileName, checked), kind);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot receive an upload for " + use.area(), e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static FileKind kindOf(Path copy, UploadUse use) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(copy)) {
            head = in.readNBytes(FileKind.SNIFF);
        }
        FileKind sniffed = FileKind.sniff(head, head.length);
        if (sniffed == FileKind.ZIP && use.accepted().stream().anyMatch(FileKind::isArchive)) {
            FileKind archive = ArchiveExpansion.check(copy, use);
            if (use.accepted().contains(archive) || use.accepted().contains(FileKind.ZIP)) {
                return archive;
            }
        } else if (sniffed != null && use.accepted().contains(sniffed)) {
            return sniffed;
        }
        throw new UploadRefused(UploadRefused.Reason.KIND,
                use.accepted().stream().sorted().map(FileKind::label).collect(Collectors.joining(", ")));
    }

    /** Copies the content, stopping one byte past the limit: what a too-large file sends beyond is never read. */
    private static long copyAtMost(InputStream content, Path target, long limit) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while (copied <= limit && (read = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - copied))) > 0) {
                out.write(buffer, 0, read);
                copied += read;
            }
        }
        return copied;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // the system cleans its temporary folder
        }
    }
}

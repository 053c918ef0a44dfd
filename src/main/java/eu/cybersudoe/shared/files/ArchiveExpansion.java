package eu.cybersudoe.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Measures how far a ZIP package (XLSX, DOCX, ZIP) expands by reading every entry its central
 * directory lists, the way office readers find them, and counting the bytes actually inflated:
 * the sizes an archive declares are never trusted. Reading stops as soon as the total passes the
 * use's limit or an entry inflates more than the allowed ratio, so a "zip bomb" is refused after a
 * few megabytes of work, before it is expanded, and nothing is kept in memory but a small buffer
 * and the central directory, itself bounded before it is read.
 */
final class ArchiveExpansion {

    /** More entries than any office file holds (a workbook has a few dozen). */
    static final int MAX_ENTRIES = 10_000;
    /** The largest central directory read into memory. */
    static final int MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;
    /** Entries smaller than this are not checked for their ratio: small XML parts compress very well. */
    static final long RATIO_FLOOR = 1024 * 1024;

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int END_RECORD_LENGTH = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private ArchiveExpansion() {
    }

    /**
     * The kind of the package ({@link FileKind#XLSX}, {@link FileKind#DOCX} or {@link FileKind#ZIP}),
     * once every entry was read within the use's limits.
     *
     * @throws UploadRefused when it expands too much or cannot be read as a ZIP package
     */
    static FileKind check(Path archive, UploadUse use) {
        checkDirectory(archive);
        boolean workbook = false;
        boolean document = false;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw expands(use);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                workbook |= entry.getName().equals("xl/workbook.xml");
                document |= entry.getName().equals("word/document.xml");
                long allowed = Math.max(RATIO_FLOOR, Math.max(0, entry.getCompressedSize()) * use.maxRatio());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        inflated += read;
                        total += read;
                        if (inflated > allowed || total > use.maxExpandedBytes()) {
                            throw expands(use);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException damaged) {
            if (damaged instanceof UploadRefused refused) {
                throw refused;
            }
            throw new UploadRefused(UploadRefused.Reason.DAMAGED);
        }
        return workbook ? FileKind.XLSX : document ? FileKind.DOCX : FileKind.ZIP;
    }

    /**
     * Reads the end record of the central directory and refuses an archive announcing more
     * entries or a larger directory than any accepted file has, before the directory is read.
     * A ZIP64 archive (whose end record holds only markers) is left to the reading itself.
     */
    private static void checkDirectory(Path archive) {
        try (FileChannel channel = FileChannel.open(archive)) {
            long size = channel.size();
            int tail = (int) Math.min(size, END_RECORD_LENGTH + MAX_COMMENT);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(end, size - tail);
            for (int at = tail - END_RECORD_LENGTH; at >= 0; at--) {
                if (end.getInt(at) == END_OF_DIRECTORY) {
                    int entries = Short.toUnsignedInt(end.getShort(at + 10));
                    long directory = Integer.toUnsignedLong(end.getInt(at + 12));
                    if (entries != 0xFFFF && directory != 0xFFFFFFFFL
                            && (entries > MAX_ENTRIES || directory > MAX_DIRECTORY_BYTES)) {
                        throw new UploadRefused(UploadRefused.Reason.DAMAGED);
                    }
                    return;
                }
            }
            throw new UploadRefused(UploadRefused.Reason.DAMAGED);
        } catch (IOException e) {
            throw new UploadRefused(UploadRefused.Reason.DAMAGED);
        }
    }

    private static UploadRefused expands(UploadUse use) {
        return new UploadRefused(UploadRefused.Reason.EXPANDS, String.valueOf(Math.max(1, use.maxExpandedBytes() / (1024 * 1024))));
    }
}

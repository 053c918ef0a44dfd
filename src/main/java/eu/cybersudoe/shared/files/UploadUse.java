package eu.cybersudoe.shared.files;

import org.springframework.util.unit.DataSize;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one use of uploads accepts: the file store area its files go to, the largest file, the
 * kinds of content (checked by their magic bytes) and, for archives (XLSX, DOCX, ZIP), how far
 * they may expand when read.
 *
 * @param area             the {@link FileStore} area the files are kept in ({@code "imports"})
 * @param maxBytes         the largest file accepted, in bytes
 * @param accepted         the kinds of content accepted
 * @param maxExpandedBytes the largest total of an archive's entries once uncompressed, in bytes
 * @param maxRatio         the largest ratio of an entry's uncompressed to compressed size
 */
public record UploadUse(String area, long maxBytes, Set<FileKind> accepted, long maxExpandedBytes, int maxRatio) {

    /** Expansion every archive is allowed unless its use says otherwise: office files expand ten to thirty times. */
    public static final DataSize DEFAULT_MAX_EXPANDED = DataSize.ofGigabytes(1);
    public static final int DEFAULT_MAX_RATIO = 100;

    public UploadUse {
        Objects.requireNonNull(area, "area");
        accepted = Set.copyOf(accepted);
        if (maxBytes <= 0 || maxExpandedBytes <= 0 || maxRatio <= 1 || accepted.isEmpty()) {
            throw new IllegalArgumentException("An upload use needs positive limits and at least one kind of file");
        }
    }

    /** A use with the default expansion limits. */
    public static UploadUse of(String area, DataSize maxSize, FileKind first, FileKind... others) {
        return new UploadUse(area, maxSize.toBytes(), EnumSet.of(first, others), DEFAULT_MAX_EXPANDED.toBytes(), DEFAULT_MAX_RATIO);
    }

    /** The same use with other expansion limits. */
    public UploadUse expandingAtMost(DataSize maxExpanded, int ratio) {
        return new UploadUse(area, maxBytes, accepted, maxExpanded.toBytes(), ratio);
    }

    /** The largest file, in whole megabytes, to tell people. */
    public long maxMegabytes() {
        return Math.max(1, DataSize.ofBytes(maxBytes).toMegabytes());
    }
}

package eu.cybersudoe.shared.files;

import java.util.Arrays;

/**
 * What a file holds, told from its first bytes (its "magic bytes"), never from its name or the
 * type the browser announced. The {@linkplain #isArchive() archives} (XLSX, DOCX, ZIP) are ZIP
 * packages told apart by the parts they hold, checked by {@link UploadGuard} while it measures
 * their expansion.
 */
public enum FileKind {
    /** Text without NUL bytes (CSV files, in any of the encodings partners use). */
    TEXT("CSV"),
    /** An Office Open XML workbook: a ZIP package holding {@code xl/workbook.xml}. */
    XLSX("XLSX"),
    /** An Office Open XML document: a ZIP package holding {@code word/document.xml}. */
    DOCX("DOCX"),
    /** Any other ZIP archive. */
    ZIP("ZIP"),
    PDF("PDF"),
    PNG("PNG"),
    JPEG("JPEG"),
    /** An MP4 (ISO base media) video: {@code ftyp} box at byte 4. */
    MP4("MP4"),
    /** A WebM (Matroska/EBML) video. */
    WEBM("WebM"),
    /** WebVTT captions: text starting with {@code WEBVTT}, with or without a byte-order mark. */
    WEBVTT("WebVTT");

    /** How many first bytes are read to tell a file's kind. */
    public static final int SNIFF = 64 * 1024;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] EBML_MAGIC = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    private static final byte[] FTYP = {'f', 't', 'y', 'p'};
    private static final byte[] WEBVTT_MAGIC = {'W', 'E', 'B', 'V', 'T', 'T'};
    private static final byte[] BOM_WEBVTT_MAGIC = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'W', 'E', 'B', 'V', 'T', 'T'};
    /** An OLE2 compound file: old binary Office files (.xls, .doc), never accepted. */
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    /** The name people know the kind by ({@code CSV}, {@code XLSX}), the same in every language. */
    public String label() {
        return label;
    }

    /** Whether the kind is a ZIP package whose expansion must be bounded. */
    public boolean isArchive() {
        return this == XLSX || this == DOCX || this == ZIP;
    }

    /**
     * The kind a file starting with these bytes has, before its parts are looked at: {@link #ZIP}
     * for every ZIP package, {@code null} when it is none of the kinds (an old binary Office file,
     * an executable, an empty file…).
     */
    static FileKind sniff(byte[] head, int length) {
        if (startsWith(head, length, ZIP_MAGIC)) {
            return ZIP;
        }
        if (startsWith(head, length, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(head, length, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(head, length, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(head, length, EBML_MAGIC)) {
            return WEBM;
        }
        if (length >= 8 && Arrays.equals(head, 4, 8, FTYP, 0, 4)) {
            return MP4;
        }
        if (length == 0 || startsWith(head, length, OLE2_MAGIC)) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return null;
            }
        }
        return startsWith(head, length, WEBVTT_MAGIC) || startsWith(head, length, BOM_WEBVTT_MAGIC) ? WEBVTT : TEXT;
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}

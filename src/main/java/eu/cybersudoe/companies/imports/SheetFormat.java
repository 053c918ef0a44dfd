package eu.cybersudoe.companies.imports;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * What an imported file is: an XLSX workbook, or text read as CSV, as the
 * {@link eu.cybersudoe.shared.files.UploadGuard} told from its content; and the encoding of text.
 */
public enum SheetFormat {
    CSV, XLSX;

    /** Windows-1252: what spreadsheets of France, Spain and Portugal save as "CSV" by default. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How many bytes are looked at to tell the encoding. */
    static final int SNIFF = 64 * 1024;

    /**
     * The encoding of a text file: UTF-8 when it starts with a byte-order mark or when its first
     * bytes are valid UTF-8, otherwise Windows-1252 (which reads ISO-8859-1 text the same way,
     * except for rarely used control characters).
     */
    public static Charset encodingOf(byte[] head, int length) {
        if (hasUtf8Bom(head, length)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = length;
        // a multi-byte character cut by the end of the sample is not an error
        while (end > 0 && end > length - 3 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            decoder.decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return WINDOWS_1252;
        }
    }

    static boolean hasUtf8Bom(byte[] head, int length) {
        return length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }
}

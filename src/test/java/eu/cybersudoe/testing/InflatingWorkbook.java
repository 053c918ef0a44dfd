package eu.cybersudoe.testing;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * An XLSX "zip bomb": a well-formed workbook whose sheet inflates about a thousand times, from
 * {@code megabytes} × 1 KB compressed to {@code megabytes} MB. The sheet's compressed data is one
 * megabyte of spaces deflated with a full flush (so that each copy decodes on its own), repeated:
 * the file is made in milliseconds without compressing gigabytes.
 */
public final class InflatingWorkbook {

    private static final int MEGABYTE = 1024 * 1024;

    private InflatingWorkbook() {
    }

    /** The workbook's bytes; its sheet expands to {@code megabytes} MB. */
    public static byte[] of(int megabytes) throws IOException {
        byte[] spaces = new byte[MEGABYTE];
        Arrays.fill(spaces, (byte) ' ');
        byte[] block = fullyFlushed(spaces);
        CRC32 crc = new CRC32();
        for (int i = 0; i < megabytes; i++) {
            crc.update(spaces);
        }
        byte[] end = {3, 0};
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
            ZipArchiveEntry sheet = new ZipArchiveEntry("xl/worksheets/sheet1.xml");
            sheet.setMethod(ZipEntry.DEFLATED);
            sheet.setSize((long) megabytes * MEGABYTE);
            sheet.setCompressedSize((long) block.length * megabytes + end.length);
            sheet.setCrc(crc.getValue());
            InputStream raw = new SequenceInputStream(Collections.enumeration(
                    java.util.stream.Stream.concat(java.util.stream.Stream.generate(() -> (InputStream) new ByteArrayInputStream(block)).limit(megabytes),
                            java.util.stream.Stream.of((InputStream) new ByteArrayInputStream(end))).toList()));
            zip.addRawArchiveEntry(sheet, raw);
        }
        return file.toByteArray();
    }

    /** A deflated block that ends on a byte boundary with an empty history: copies can follow one another. */
    private static byte[] fullyFlushed(byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int written;
        while ((written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH)) > 0) {
            out.write(buffer, 0, written);
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void part(ZipArchiveOutputStream zip, String name, String text) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        OutputStream out = zip;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
    }
}

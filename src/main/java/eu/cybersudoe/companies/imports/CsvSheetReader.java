package eu.cybersudoe.companies.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV file read as a stream: the encoding and the delimiter (comma, semicolon or tab) are told
 * from its first bytes unless given; quoted fields may hold delimiters, quotes and line breaks.
 */
public final class CsvSheetReader implements SheetReader {

    private static final char[] DELIMITERS = {';', ',', '\t'};

    private final CountingStream counted;
    private final long size;
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Charset encoding;
    private final char delimiter;

    /**
     * @param content  the file, closed with this reader
     * @param size     its size in bytes, for the progress
     * @param encoding the encoding, or null to tell it from the first bytes
     */
    public CsvSheetReader(InputStream content, long size, Charset encoding) {
        this.counted = new CountingStream(new BufferedInputStream(content, SheetFormat.SNIFF));
        this.size = size;
        try {
            counted.mark(SheetFormat.SNIFF);
            byte[] head = counted.readNBytes(SheetFormat.SNIFF);
            counted.reset();
            boolean bom = SheetFormat.hasUtf8Bom(head, head.length);
            this.encoding = encoding != null ? encoding : SheetFormat.encodingOf(head, head.length);
            if (bom) {
                counted.skipNBytes(3);
            }
            this.delimiter = delimiterOf(new String(head, bom ? 3 : 0, head.length - (bom ? 3 : 0), this.encoding));
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true).get();
            this.parser = CSVParser.builder().setReader(new InputStreamReader(counted, this.encoding)).setFormat(format).get();
            this.records = parser.iterator();
            this.header = records.hasNext() ? cells(records.next()) : List.of();
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(content);
            throw new UnreadableFileException("companies.import.file.unreadable", e);
        }
    }

    /** The delimiter used most in the first line, outside quotes; a semicolon when none is used. */
    static char delimiterOf(String sample) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    public Charset encoding() {
        return encoding;
    }

    public char delimiter() {
        return delimiter;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<SheetRow> next() {
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            CSVRecord record = records.next();
            return Optional.of(new SheetRow(record.getRecordNumber(), cells(record)));
        } catch (UncheckedIOException | IllegalStateException malformed) {
            throw new UnreadableFileException("companies.import.file.malformed", damagedLine(malformed), malformed);
        }
    }

    /**
     * The line where the damaged record starts: the parser names it ("(startline 9) EOF reached
     * before encapsulated token finished"); otherwise the line after those it read.
     */
    private long damagedLine(RuntimeException malformed) {
        for (Throwable cause = malformed; cause != null; cause = cause.getCause()) {
            Matcher start = START_LINE.matcher(String.valueOf(cause.getMessage()));
            if (start.find()) {
                return Long.parseLong(start.group(1));
            }
        }
        return parser.getCurrentLineNumber() + 1;
    }

    @Override
    public Optional<Double> progress() {
        return size <= 0 ? Optional.empty() : Optional.of(Math.min(1.0, (double) counted.count / size));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing was written; the file store keeps the file
        }
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(value == null ? "" : value.strip());
        }
        return cells;
    }

    private static void closeQuietly(InputStream content) {
        try {
            content.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        private long count;
        private long marked;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = marked;
        }
    }
}

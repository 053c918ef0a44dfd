package eu.cybersudoe.companies.imports;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The first sheet of an XLSX workbook, read as a stream of rows (the workbook is copied to a
 * temporary file so that it is read from disk, never held in memory). Numbers are written
 * without a useless ".0" (a SIREN typed as a number stays a SIREN) and cells formatted as
 * dates are written as ISO dates.
 */
public final class XlsxSheetReader implements SheetReader {

    /** A number format that shows a date: it has d, m or y outside quotes and brackets. */
    private static final Pattern DATE_FORMAT = Pattern.compile("[dmyDMY]");
    private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^]]*]");

    private final Path copy;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<String> header;
    private final long totalRows;
    private long read;

    /**
     * @param content   the workbook, closed here
     * @param totalRows how many rows the sheet has, for the progress, or 0 when unknown
     */
    public XlsxSheetReader(InputStream content, long totalRows) {
        this.totalRows = totalRows;
        this.copy = temporaryCopy(content);
        try {
            this.workbook = new ReadableWorkbook(copy.toFile(), new ReadingOptions(true, false));
            this.stream = workbook.getFirstSheet().openStream();
            this.rows = stream.iterator();
            this.header = rows.hasNext() ? cells(rows.next()) : List.of();
        } catch (IOException | UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            deleteQuietly(copy);
            throw new UnreadableFileException("companies.import.file.unreadable", e);
        }
    }

    /** The workbook copied to a temporary file (closed here); nothing is left behind when the copy fails. */
    private static Path temporaryCopy(InputStream content) {
        Path copy = null;
        try (content) {
            copy = Files.createTempFile("import-", ".xlsx");
            Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new UnreadableFileException("companies.import.file.unreadable", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file left behind is removed by the system
        }
    }

    /** Counts the rows of a workbook's first sheet, reading it once as a stream. */
    public static long countRows(InputStream content) {
        try (XlsxSheetReader reader = new XlsxSheetReader(content, 0)) {
            long count = 0;
            while (reader.rows.hasNext()) {
                reader.rows.next();
                count++;
            }
            return count;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<SheetRow> next() {
        try {
            if (!rows.hasNext()) {
                return Optional.empty();
            }
            Row row = rows.next();
            read++;
            return Optional.of(new SheetRow(row.getRowNum(), cells(row)));
        } catch (UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException malformed) {
            // the header is row 1; the row that could not be read follows the last one read
            throw new UnreadableFileException("companies.import.file.malformed", read + 2, malformed);
        }
    }

    @Override
    public Optional<Double> progress() {
        return totalRows <= 1 ? Optional.empty() : Optional.of(Math.min(1.0, (double) read / (totalRows - 1)));
    }

    @Override
    public void close() {
        try {
            stream.close();
            workbook.close();
        } catch (IOException ignored) {
            // reading is over
        } finally {
            deleteQuietly(copy);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? date(cell) : plain(cell.asNumber());
            case STRING, FORMULA, ERROR -> cell.getText() == null ? "" : cell.getText().strip();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            default -> "";
        };
    }

    private static boolean isDate(Cell cell) {
        String format = cell.getDataFormatString();
        return format != null && DATE_FORMAT.matcher(QUOTED_OR_BRACKETED.matcher(format).replaceAll("")).find();
    }

    private static String date(Cell cell) {
        LocalDateTime value = cell.asDate();
        return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}

package eu.cybersudoe.shared.files;

/** Text written into CSV and spreadsheet files the platform hands out. */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * A cell a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @},
     * a tab or a carriage return first) written as text, behind an apostrophe: a partner's file
     * or a typed name never runs as a formula on the computer of whoever opens the export.
     */
    public static String neutralised(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}

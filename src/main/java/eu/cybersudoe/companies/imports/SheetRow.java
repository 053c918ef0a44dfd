package eu.cybersudoe.companies.imports;

import java.util.List;

/**
 * One record of a file, after the header.
 *
 * @param number the row's number as a spreadsheet shows it (the header is row 1)
 * @param cells  the cells as text, trimmed; missing cells are empty strings
 */
public record SheetRow(long number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell of a column, or an empty string past the row's end. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** A row whose cells are all empty: a blank line, ignored and counted apart. */
    public boolean blank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}

package eu.cybersudoe.companies.imports;

/** What became of reading a row: the row as the registry reads it, or the reason it cannot be imported. */
public sealed interface RowReading permits ImportedRow, ImportedRow.Rejection {

    SheetRow row();
}

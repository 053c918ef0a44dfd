package eu.cybersudoe.companies.imports;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/** A file read one row at a time, never loaded whole. */
public interface SheetReader extends Closeable {

    /** The column names of the first row. */
    List<String> header();

    /** The next row, or empty at the end of the file. */
    Optional<SheetRow> next();

    /** How far the reading has gone, from 0 to 1, when it can be told; empty otherwise. */
    Optional<Double> progress();

    @Override
    void close();
}

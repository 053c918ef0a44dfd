package eu.cybersudoe.monitoring.internal;

/**
 * A reference file of the indicator catalogue that cannot be read. Its message names the
 * file and the line, so whoever edited it can fix it; start-up stops rather than load a
 * part of the catalogue.
 */
class CatalogueFileException extends RuntimeException {

    private final String file;
    private final int line;

    CatalogueFileException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    CatalogueFileException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    String file() {
        return file;
    }

    /** The line (from 1) of the problem, or 0 when unknown. */
    int line() {
        return line;
    }
}

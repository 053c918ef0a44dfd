package eu.cybersudoe.shared.reference;

/**
 * A reference-data file that cannot be used: it names the file, the line (1 for the first,
 * 0 when the problem concerns the whole file) and what is wrong, so that whoever edits the
 * file can correct it. Thrown at start-up, it stops the application.
 */
public class ReferenceDataException extends RuntimeException {

    private final String file;
    private final int line;
    private final String problem;

    public ReferenceDataException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public ReferenceDataException(String file, int line, String problem, Throwable cause) {
        super(describe(file, line, problem), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file, as it was named when read (for example {@code reference/network/partners.yml}). */
    public String file() {
        return file;
    }

    /** The line of the problem, 1 for the first; 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }

    private static String describe(String file, int line, String problem) {
        return line > 0 ? file + ", line " + line + ": " + problem : file + ": " + problem;
    }
}

package eu.cybersudoe.toolbox.internal;

/**
 * Where the text of an item in one language stands. A language with no text is missing
 * ({@link #MISSING}, never stored).
 */
public enum TextState {
    MISSING, DRAFT, IN_REVIEW, PUBLISHED,
    /** Published, but the source language's text or file changed since it was written. */
    OUTDATED;

    /** Whether visitors see the text. */
    public boolean visible() {
        return this == PUBLISHED || this == OUTDATED;
    }
}

package eu.cybersudoe.companies.imports;

/** Where each row of an import ends: exactly one of these. */
public enum RowOutcome {
    /** A new organisation was registered. */
    CREATED,
    /** The row was the same organisation or contact as one already known, and was added to it. */
    MERGED,
    /** The row probably names an organisation already known, without a common identifier or e-mail: a person decides. */
    REVIEW,
    /** The row could not be imported; the reason says why. */
    REJECTED;

    /** Whether the row was written to the registry: created or merged. */
    public boolean imported() {
        return this == CREATED || this == MERGED;
    }
}

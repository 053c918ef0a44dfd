package eu.cybersudoe.companies.imports;

/** What a person decides for a row waiting for review, beside the company it probably is. */
public enum ReviewDecision {
    /** The same company: the row is merged into it, which keeps everything both had. */
    MERGE("MERGED"),
    /** Another company: the row is registered apart. */
    KEEP_APART("KEPT_APART"),
    /** Another record of the same group: registered apart, and the two records linked. */
    LINK("LINKED");

    private final String resolution;

    ReviewDecision(String resolution) {
        this.resolution = resolution;
    }

    /** How the row's resolution is stored and named in messages. */
    public String resolution() {
        return resolution;
    }

    /** The decision named by a review form's value ({@code merge}, {@code apart}, {@code link}), or empty. */
    public static java.util.Optional<ReviewDecision> of(String value) {
        return switch (value == null ? "" : value) {
            case "merge" -> java.util.Optional.of(MERGE);
            case "apart" -> java.util.Optional.of(KEEP_APART);
            case "link" -> java.util.Optional.of(LINK);
            default -> java.util.Optional.empty();
        };
    }
}

package eu.cybersudoe.missions.internal;

/**
 * What the company said it did after the mission.
 *
 * @param outcome      IMPLEMENTED, PARTLY, PLANNED or NOTHING
 * @param implemented  what it put in place
 * @param obstacles    what held it back
 * @param moreHelp     whether it would like more help
 */
public record FollowUpAnswers(String outcome, String implemented, String obstacles, boolean moreHelp) {

    /** The answers a company may give to "what did you implement?". */
    public static final java.util.List<String> OUTCOMES = java.util.List.of("IMPLEMENTED", "PARTLY", "PLANNED", "NOTHING");
}

package eu.cybersudoe.shared.questionnaire;

import eu.cybersudoe.shared.LocalizedText;

import java.util.List;
import java.util.Optional;

/**
 * One version of a questionnaire, as its YAML file describes it. Immutable: an assessment keeps
 * the code and version it was taken with, and is always read with that version.
 *
 * @param code            stable code, such as {@code digital-maturity}
 * @param version         its version, from 1
 * @param theme           the network theme it belongs to, or null for a general one
 * @param position        order in the list of questionnaires
 * @param minutes         how long it takes, roughly
 * @param title           its title
 * @param description     what it is for, and where its questions come from
 * @param dimensions      its dimensions, in order
 * @param bands           the maturity levels, lowest first, for the overall score and any dimension without its own
 * @param recommendations what to advise, in file order
 * @param file            the file it was read from
 */
public record Questionnaire(String code, int version, String theme, int position, int minutes, LocalizedText title,
                            LocalizedText description, List<Dimension> dimensions, List<Band> bands,
                            List<Recommendation> recommendations, String file) {

    /** Every question, dimension by dimension. */
    public List<Question> questions() {
        return dimensions.stream().flatMap(d -> d.questions().stream()).toList();
    }

    public Optional<Question> question(String questionCode) {
        return questions().stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    public Optional<Dimension> dimension(String dimensionCode) {
        return dimensions.stream().filter(d -> d.code().equals(dimensionCode)).findFirst();
    }

    /** The band a score falls in: the last whose lower bound it reaches. */
    public static Band bandOf(List<Band> bands, int score) {
        Band found = bands.getFirst();
        for (Band band : bands) {
            if (score >= band.from()) {
                found = band;
            }
        }
        return found;
    }

    /**
     * A part of the questionnaire, scored 0–100 on its own.
     *
     * @param weight how much it counts in the overall score
     * @param bands  its own maturity levels, or empty to use the questionnaire's
     */
    public record Dimension(String code, int weight, LocalizedText title, LocalizedText intro, List<Question> questions,
                            List<Band> bands) {
    }

    /**
     * A maturity level.
     *
     * @param from the lowest score (0–100) in the level
     */
    public record Band(int from, String code, LocalizedText name, LocalizedText text) {
    }

    /** When a recommendation applies or a question shows: an earlier answer among some, or a dimension score below a bound. */
    public record Condition(String question, List<String> answers, String dimension, int below) {

        public static Condition answer(String question, List<String> answers) {
            return new Condition(question, List.copyOf(answers), null, 0);
        }

        public static Condition dimensionBelow(String dimension, int below) {
            return new Condition(null, List.of(), dimension, below);
        }

        public boolean onAnswer() {
            return question != null;
        }
    }

    /** How urgent an action is; the action plan lists the highest first. */
    public enum Priority { HIGH, MEDIUM, LOW }

    /**
     * Advice given when its condition holds.
     *
     * @param themes codes of the network themes it links to
     * @param links  other pages or resources
     */
    public record Recommendation(String code, Priority priority, Condition when, LocalizedText title, LocalizedText why,
                                 LocalizedText how, List<String> themes, List<Link> links) {
    }

    /** A link of a recommendation: a path of the site (after the language, such as {@code /themes}) or an https address. */
    public record Link(String href, LocalizedText label) {

        public boolean internal() {
            return href.startsWith("/");
        }
    }
}

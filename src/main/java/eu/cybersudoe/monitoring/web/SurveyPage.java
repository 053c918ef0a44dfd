package eu.cybersudoe.monitoring.web;

/**
 * The public satisfaction survey of a personal link.
 *
 * @param state  {@code open}, {@code answered} (now or before) or {@code unknown}
 * @param form   the questions, when open
 * @param thanks whether the answers were just recorded
 */
public record SurveyPage(String token, String state, QuestionsForm form, boolean thanks) {
}

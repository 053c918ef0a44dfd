/**
 * The questionnaire format and its engine, a library without tables that any module may use
 * (diagnostics' self-assessments today; evaluation grids, training assessments, surveys and
 * self-evaluations next): {@link eu.cybersudoe.shared.questionnaire.QuestionnaireFile} reads a
 * versioned YAML questionnaire with {@link eu.cybersudoe.shared.reference.ReferenceFile} and
 * refuses it with the file and the line of the first problem; {@link
 * eu.cybersudoe.shared.questionnaire.Questionnaire} and {@link
 * eu.cybersudoe.shared.questionnaire.Question} hold dimensions, question kinds, options, number
 * steps, weights, show-if conditions, maturity bands and recommendations; {@link
 * eu.cybersudoe.shared.questionnaire.AnswerCheck} keeps the answers a dimension may take and {@link
 * eu.cybersudoe.shared.questionnaire.Scoring} scores {@link eu.cybersudoe.shared.questionnaire.Answers}
 * per question, dimension and overall. The format is described in
 * {@code src/main/resources/reference/diagnostics/README.md}, next to the questionnaires
 * diagnostics ship; a module keeps its own questionnaires, their loading and what it stores of
 * the answers.
 */
package eu.cybersudoe.shared.questionnaire;

package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.Charts;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService.Opened;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.Scoring;

import java.util.List;

/**
 * The result page of a completed assessment.
 *
 * @param askExpert whether the "ask an expert" form is offered (a module handles the requests)
 * @param followUp  peers, progress and reminders
 */
public record ResultPage(Opened opened, String token, Scoring.Result result, boolean askExpert, Language language,
                         Network network, FollowUp followUp) {

    public Questionnaire questionnaire() {
        return opened.questionnaire();
    }

    public String base() {
        return "/diagnostics/a/" + token;
    }

    /** The radar chart as SVG (its labels escaped); needs three dimensions or more to be a chart. */
    public String radar(String title) {
        var chart = Charts.radar(questionnaire(), result, language);
        return chart.axes().size() >= 3 ? chart.svg(title) : "";
    }

    /** The network themes a recommendation links to, those that still exist. */
    public List<Theme> themes(Questionnaire.Recommendation recommendation) {
        return recommendation.themes().stream().flatMap(code -> network.theme(code).stream()).toList();
    }
}

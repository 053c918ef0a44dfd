package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.Charts;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService.Opened;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.Scoring;
import eu.cybersudoe.toolbox.Toolbox;
import eu.cybersudoe.toolbox.ToolboxItem;

import java.util.List;

/**
 * The result page of a completed assessment.
 *
 * @param askExpert whether the "ask an expert" form is offered (a module handles the requests)
 * @param followUp  peers, progress and reminders
 * @param toolbox   the toolbox, whose published items of a recommendation's themes the plan links to
 */
public record ResultPage(Opened opened, String token, Scoring.Result result, boolean askExpert, Language language,
                         Network network, FollowUp followUp, Toolbox toolbox) {

    /** How many toolbox items a recommendation links to at most. */
    public static final int ITEMS_PER_RECOMMENDATION = 3;

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

    /** Published toolbox items of the recommendation's themes, those in the reader's language first. */
    public List<ToolboxItem> items(Questionnaire.Recommendation recommendation) {
        return recommendation.themes().stream()
                .flatMap(code -> toolbox.ofTheme(code, language, ITEMS_PER_RECOMMENDATION).stream())
                .distinct().limit(ITEMS_PER_RECOMMENDATION).toList();
    }

    /** The network themes a recommendation links to, those that still exist. */
    public List<Theme> themes(Questionnaire.Recommendation recommendation) {
        return recommendation.themes().stream().flatMap(code -> network.theme(code).stream()).toList();
    }
}

package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.Scoring;

/** Builds the radar chart of a result in a language. */
public final class Charts {

    private Charts() {
    }

    public static RadarChart radar(Questionnaire questionnaire, Scoring.Result result, Language language) {
        return new RadarChart(result.dimensions().stream()
                .map(d -> new RadarChart.Axis(d.dimension().title().in(language).text(), d.score())).toList());
    }
}

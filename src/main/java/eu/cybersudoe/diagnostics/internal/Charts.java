package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.shared.Language;

/** Builds the radar chart of a result in a language. */
public final class Charts {

    private Charts() {
    }

    public static RadarChart radar(Questionnaire questionnaire, Scoring.Result result, Language language) {
        return new RadarChart(result.dimensions().stream()
                .map(d -> new RadarChart.Axis(d.dimension().title().in(language).text(), d.score())).toList());
    }
}

package eu.cybersudoe.diagnostics.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The radar chart's labels are broken into short lines and the picture is wide and tall enough for all of them. */
class RadarChartTest {

    final RadarChart chart = new RadarChart(List.of(
            new RadarChart.Axis("Stratégie d'entreprise numérique", 40),
            new RadarChart.Axis("Préparation numérique", 55),
            new RadarChart.Axis("Numérisation centrée sur l'humain", 20),
            new RadarChart.Axis("Gestion des données", 70),
            new RadarChart.Axis("Automatisation et intelligence artificielle", null),
            new RadarChart.Axis("Numérisation écologique", 90)));

    @Test
    void aLongLabelIsBrokenIntoShortLinesKeepingEveryWordAndTheScore() {
        assertThat(chart.lines(4)).containsExactly("Automatisation et", "intelligence", "artificielle (–)");
        assertThat(chart.lines(1)).containsExactly("Préparation", "numérique (55)");
        for (int i = 0; i < chart.axes().size(); i++) {
            assertThat(String.join(" ", chart.lines(i))).startsWith(chart.axes().get(i).label());
            assertThat(chart.lines(i)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(RadarChart.LINE_CHARACTERS));
        }
    }

    @Test
    void theViewShowsTheChartAndEveryLabelWhole() {
        double[] view = chart.viewBox();
        for (int i = 0; i < chart.axes().size(); i++) {
            double[] label = chart.labelBox(i);
            assertThat(label[0]).isGreaterThanOrEqualTo(view[0]);
            assertThat(label[1]).isGreaterThanOrEqualTo(view[1]);
            assertThat(label[2]).isLessThanOrEqualTo(view[0] + view[2]);
            assertThat(label[3]).isLessThanOrEqualTo(view[1] + view[3]);
        }
        // The label on the left is not pushed off the picture, as it was with a fixed width.
        assertThat(chart.labelBox(4)[0]).isLessThan(0);
        assertThat(chart.svg("t")).contains("viewBox=\"" + String.format(java.util.Locale.ROOT, "%.1f", view[0]))
                .contains("<tspan x=").contains(">intelligence</tspan>");
    }
}

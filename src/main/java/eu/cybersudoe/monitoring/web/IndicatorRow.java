package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.Measurement;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One indicator on the page, its figures already formatted for the page's language.
 *
 * @param code           the indicator's code (also the anchor of its row)
 * @param name           its name, with its language when shown through a fallback
 * @param definition     how to count it
 * @param workPackage    its work package (GT1…), or null
 * @param unitKey        the message key of its unit
 * @param target         the target compared with the value (the network's, or the partner's in a
 *                       partner's view), or null when there is none
 * @param networkTarget  the network's target, or null when the indicator is only tracked
 * @param declaredTarget the figure the proposal declares when it differs from the target, or null
 * @param measured       whether a value was measured
 * @param value          the measured value, or null
 * @param statusKey      the message key saying why there is no value, or null when measured
 * @param progress       the value as a percentage of the target, or null
 * @param distinct       whether the network's value is a distinct count
 * @param sameTarget     the target of every partner when they all have the same one, else null
 * @param partnerTargets each partner's target when they differ (empty otherwise)
 * @param semesterValue  what was achieved during the semester itself, or null
 * @param chart          the values at the end of each semester, with the target
 * @param chartText      the chart's content in words, for those who do not see it
 * @param entered        whether partners enter the indicator (no module measures it)
 */
public record IndicatorRow(String code, LocalizedText.Shown name, LocalizedText.Shown definition, String workPackage,
                           String unitKey, String target, String networkTarget, String declaredTarget, boolean measured,
                           String value, String statusKey, String progress, boolean distinct, String sameTarget,
                           List<PartnerTarget> partnerTargets, String semesterValue, SemesterChart chart,
                           List<ChartValue> chartText, boolean entered) {

    /** Whether any partner has a target of its own. */
    public boolean hasPartnerTargetRule() {
        return sameTarget != null || !partnerTargets.isEmpty();
    }

    /** The language attribute for a text shown in another language than the page's, or null. */
    public static String langOf(LocalizedText.Shown text) {
        return text.fallback() ? text.language().code() : null;
    }

    static IndicatorRow of(Dashboard.Line line, List<Partner> partners, Language language, Figures figures, int semesters,
                           boolean entered) {
        Indicator indicator = line.indicator();
        Measurement measurement = line.measurement();
        Map<?, BigDecimal> targets = line.partnerTargets();
        boolean allSame = targets.size() == partners.size() && !targets.isEmpty()
                && targets.values().stream().distinct().count() == 1;
        List<PartnerTarget> each = allSame ? List.of() : partners.stream()
                .filter(p -> targets.containsKey(p.id()))
                .map(p -> new PartnerTarget(p.id().value(), p.shortName(), figures.number(targets.get(p.id()))))
                .toList();
        return new IndicatorRow(indicator.code(), indicator.name().in(language), indicator.definition().in(language),
                indicator.workPackage(), "monitoring.unit." + indicator.unit().code(), figures.number(line.target()),
                figures.number(indicator.globalTarget()), figures.number(indicator.declaredTarget()),
                measurement.measured(), figures.number(measurement.value()),
                measurement.measured() ? null : "monitoring.status." + statusCode(measurement.status()),
                line.progressPercent().map(figures::percent).orElse(null), indicator.distinctCount(),
                allSame ? figures.number(targets.values().iterator().next()) : null, each,
                line.semesterValue().map(figures::number).orElse(null),
                SemesterChart.of(line.series(), line.target(), semesters),
                line.series().stream().map(p -> new ChartValue(p.semester(), figures.number(p.value()))).toList(), entered);
    }

    private static String statusCode(Measurement.Status status) {
        return status.name().toLowerCase().replace('_', '-');
    }

    /**
     * A partner's own target.
     *
     * @param partnerId its id
     * @param partner   its short name
     * @param target    its target, formatted
     */
    public record PartnerTarget(String partnerId, String partner, String target) {
    }

    /**
     * A value of the chart, in words.
     *
     * @param semester the semester's number
     * @param value    the cumulative value at its end, formatted
     */
    public record ChartValue(int semester, String value) {
    }
}

package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Forecasts;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A partner's forecasts as network admins edit them: one row per indicator with a target for the
 * partner, one field per semester, the default line's value shown beside it.
 *
 * @param partners    the partners to choose from
 * @param partnerId   the partner shown
 * @param partnerName its short name
 * @param semesters   the semesters, in order
 * @param rows        one per indicator
 * @param refused     whether the last submission was refused (nothing was saved)
 */
public record ForecastsView(List<IndicatorsView.PartnerOption> partners, String partnerId, String partnerName,
                            List<Semester> semesters, List<Row> rows, boolean refused) {

    static ForecastsView of(List<IndicatorsView.PartnerOption> partners, String partnerId, String partnerName,
                            List<Forecasts.PlanLine> plan, Language language, Map<String, String> typed, Map<String, String> errors) {
        Figures figures = new Figures(language.locale());
        List<Semester> semesters = plan.isEmpty() ? List.of()
                : plan.getFirst().semesters().stream().map(f -> new Semester(f.semester(), f.end())).toList();
        List<Row> rows = plan.stream().map(line -> new Row(line.indicator().code(), line.indicator().name().in(language),
                "monitoring.unit." + line.indicator().unit().code(), figures.number(line.target()),
                line.semesters().stream().map(f -> {
                    String field = Forecasts.field(line.indicator().code(), f.semester());
                    String value = typed.containsKey(field) ? typed.get(field) : f.set() ? f.value().toPlainString() : "";
                    return new Cell(field, value, figures.number(f.byDefault()), f.set(), errors.get(field));
                }).toList())).toList();
        return new ForecastsView(partners, partnerId, partnerName, semesters, rows, !errors.isEmpty());
    }

    /**
     * A semester's column.
     *
     * @param number its number
     * @param end    its last day, when the forecast is due
     */
    public record Semester(int number, LocalDate end) {
    }

    /**
     * An indicator's forecasts.
     *
     * @param code    its code
     * @param name    its name
     * @param unitKey the message key of its unit
     * @param target  the partner's target, formatted
     * @param cells   one per semester
     */
    public record Row(String code, LocalizedText.Shown name, String unitKey, String target, List<Cell> cells) {
    }

    /**
     * One forecast field.
     *
     * @param field     the field's name
     * @param value     what the field holds: the figure set or typed, blank for the default line
     * @param byDefault the default line's value, formatted
     * @param set       whether a network admin set it
     * @param error     the message key of its error, or null
     */
    public record Cell(String field, String value, String byDefault, boolean set, String error) {
    }
}

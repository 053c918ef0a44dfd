package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the indicators page shows: the semester, the partner chosen (or none for the
 * consolidated view), and a table per kind of indicator.
 *
 * @param semester    the semester's number
 * @param from        its first day
 * @param to          its last day
 * @param until       the last day counted
 * @param partnerName the short name of the partner whose view this is, or null for the network
 * @param partners    the partners to choose from
 * @param sections    one per kind of indicator that has indicators, in the order of the kinds
 */
public record IndicatorsView(int semester, LocalDate from, LocalDate to, LocalDate until, String partnerName,
                             List<PartnerOption> partners, List<KindSection> sections) {

    /** Whether this is the consolidated view of the whole network. */
    public boolean consolidated() {
        return partnerName == null;
    }

    static IndicatorsView of(Dashboard dashboard, Language language) {
        Figures figures = new Figures(language.locale());
        Optional<Partner> chosen = dashboard.partner();
        List<PartnerOption> options = dashboard.partners().stream()
                .map(p -> new PartnerOption(p.id().value(), p.shortName(), chosen.map(c -> c.id().equals(p.id())).orElse(false)))
                .toList();
        List<KindSection> sections = Arrays.stream(Indicator.Kind.values())
                .map(kind -> new KindSection(kind.code(), dashboard.lines(kind).stream()
                        .map(line -> IndicatorRow.of(line, dashboard.partners(), language, figures)).toList()))
                .filter(section -> !section.rows().isEmpty())
                .toList();
        return new IndicatorsView(dashboard.semester().number(), dashboard.semester().start(), dashboard.semester().end(),
                dashboard.until(), chosen.map(Partner::shortName).orElse(null), options, sections);
    }

    /**
     * A partner in the chooser.
     *
     * @param id        its id, the value of the {@code partner} parameter
     * @param shortName its short name
     * @param selected  whether the page shows its view
     */
    public record PartnerOption(String id, String shortName, boolean selected) {
    }

    /**
     * The indicators of one kind.
     *
     * @param kind the kind's code ({@code output}, {@code result}…), for message keys and ids
     * @param rows its indicators, in catalogue order
     */
    public record KindSection(String kind, List<IndicatorRow> rows) {

        public String titleKey() {
            return "monitoring.kind." + kind;
        }

        public String headingId() {
            return "kind-" + kind;
        }
    }
}

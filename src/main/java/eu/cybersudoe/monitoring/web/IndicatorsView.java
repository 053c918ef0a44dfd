package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Edition;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;

import java.time.Instant;
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
 * @param semesters   the semesters to choose from
 * @param edition     the closed edition shown, or null when the values are measured live
 * @param revisions   every revision of the semester's edition, the first first
 * @param ended       whether the semester has ended (it can be closed, or revised once closed)
 * @param mayClose    whether the reader may close or revise it
 * @param partnerId   the chosen partner's id, or null
 */
public record IndicatorsView(int semester, LocalDate from, LocalDate to, LocalDate until, String partnerName,
                             List<PartnerOption> partners, List<KindSection> sections, List<SemesterOption> semesters,
                             Revision edition, List<Revision> revisions, boolean ended, boolean mayClose, String partnerId) {

    /** Whether this is the consolidated view of the whole network. */
    public boolean consolidated() {
        return partnerName == null;
    }

    /** Whether the values shown are those of a closed edition. */
    public boolean frozen() {
        return edition != null;
    }

    static IndicatorsView of(Dashboard dashboard, Language language) {
        return of(dashboard, language, List.of(), LocalDate.MIN, false, code -> true);
    }

    /**
     * @param revisions every revision of the semester's edition
     * @param today     the day the page is read, to tell an ended semester
     * @param mayClose  whether the reader may close or revise semesters
     * @param measured  whether a module measures an indicator (else partners enter it)
     */
    static IndicatorsView of(Dashboard dashboard, Language language, List<Edition> revisions, LocalDate today, boolean mayClose,
                             java.util.function.Predicate<String> measured) {
        Figures figures = new Figures(language.locale());
        Optional<Partner> chosen = dashboard.partner();
        List<PartnerOption> options = dashboard.partners().stream()
                .map(p -> new PartnerOption(p.id().value(), p.shortName(), chosen.map(c -> c.id().equals(p.id())).orElse(false)))
                .toList();
        int slots = dashboard.semesters().size();
        List<KindSection> sections = Arrays.stream(Indicator.Kind.values())
                .map(kind -> new KindSection(kind.code(), dashboard.lines(kind).stream()
                        .map(line -> IndicatorRow.of(line, dashboard.partners(), language, figures, slots,
                                !measured.test(line.indicator().code()))).toList()))
                .filter(section -> !section.rows().isEmpty())
                .toList();
        List<SemesterOption> semesters = dashboard.semesters().stream()
                .map(s -> new SemesterOption(s.number(), s.start(), s.end(), s.number() == dashboard.semester().number()))
                .toList();
        int shown = dashboard.edition().map(Edition::revision).orElse(0);
        List<Revision> kept = revisions.stream().map(e -> Revision.of(e, e.revision() == shown)).toList();
        return new IndicatorsView(dashboard.semester().number(), dashboard.semester().start(), dashboard.semester().end(),
                dashboard.until(), chosen.map(Partner::shortName).orElse(null), options, sections, semesters,
                dashboard.edition().map(e -> Revision.of(e, true)).orElse(null), kept,
                today.isAfter(dashboard.semester().end()), mayClose, chosen.map(p -> p.id().value()).orElse(null));
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
     * A semester in the chooser.
     *
     * @param number   its number
     * @param from     its first day
     * @param to       its last day
     * @param selected whether the page shows it
     */
    public record SemesterOption(int number, LocalDate from, LocalDate to, boolean selected) {
    }

    /**
     * A revision of a semester's edition.
     *
     * @param number   1 for the closing, then each correction
     * @param closedBy who closed or revised it
     * @param closedAt when
     * @param reason   why it was revised, or null for the first
     * @param shown    whether the page shows its values
     */
    public record Revision(int number, String closedBy, Instant closedAt, String reason, boolean shown) {
        static Revision of(Edition edition, boolean shown) {
            return new Revision(edition.revision(), edition.closedByName(), edition.closedAt(), edition.reason(), shown);
        }
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

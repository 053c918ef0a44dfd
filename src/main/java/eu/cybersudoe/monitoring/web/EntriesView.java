package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.IndicatorEntries.Entry;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.LocalizedText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The page of hand-entered indicators.
 *
 * @param semester  the semester shown
 * @param semesters the semesters to choose from
 * @param partner   the acting partner's short name, or null when acting for none
 * @param lines     each indicator partners enter, with the partner's entry of the semester if any
 * @param admin     whether the reader decides entries
 * @param awaiting  the entries waiting for a decision (network admins)
 */
public record EntriesView(int semester, List<Semester> semesters, String partner, List<Line> lines, boolean admin,
                          List<Item> awaiting) {

    /**
     * An indicator to enter.
     *
     * @param code  its code
     * @param name  its name
     * @param entry the partner's entry of the semester, or null
     */
    public record Line(String code, LocalizedText.Shown name, Item entry) {
    }

    /** An entry as shown, with its evidence. */
    public record Item(long id, String code, LocalizedText.Shown name, String partner, int semester, BigDecimal value,
                       String comment, String stateKey, boolean submitted, String enteredBy, Instant enteredAt,
                       String decidedBy, Instant decidedAt, String decisionComment, List<IndicatorEntries.Evidence> evidence) {

        static Item of(Entry entry, List<IndicatorEntries.Evidence> evidence, LocalizedText.Shown name, String partner) {
            return new Item(entry.id(), entry.indicator(), name, partner, entry.semester(), entry.value(), entry.comment(),
                    "monitoring.entry.state." + entry.state().name().toLowerCase(), entry.state() == IndicatorEntries.State.SUBMITTED,
                    entry.enteredByName(), entry.enteredAt(), entry.decidedByName(), entry.decidedAt(), entry.decisionComment(),
                    evidence);
        }
    }
}

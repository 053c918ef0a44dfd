package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The alerts of the network (MON-2): raised once a day from every {@link AlertSource} bean and from
 * the comparison of measured and forecast values, moved by people from open to acknowledged and
 * resolved, each move kept with who and when.
 */
public interface Alerts {

    /** The alerts matching a filter, the most severe and the oldest first. */
    List<Alert> list(Filter filter);

    Optional<Alert> alert(long id);

    /** Every move of an alert, the first first. */
    List<Change> history(long id);

    /** Takes an open alert up. @throws AlertRefused when it is not open */
    Alert acknowledge(long id, IndicatorEntries.Person by, String comment);

    /** Closes an open or acknowledged alert with what was done. @throws AlertRefused when resolved or without comment */
    Alert resolve(long id, IndicatorEntries.Person by, String comment);

    /**
     * Runs the check of a day: keeps every alert raised (once: an alert still open is refreshed, not
     * raised again) and resolves the open ones a source that answered no longer raises.
     */
    Check check(LocalDate day);

    /**
     * What to list.
     *
     * @param partner  only the alerts of this partner, or every alert when empty
     * @param state    only those in this state, or every state when empty
     * @param severity only those of this severity, or every severity when empty
     */
    record Filter(Optional<PartnerId> partner, Optional<Alert.State> state, Optional<AlertSeverity> severity) {
        public static Filter all() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * A move of an alert.
     *
     * @param state   the state it moved to
     * @param comment what was said, or null
     * @param by      who moved it, or null for the daily check
     * @param at      when
     */
    record Change(Alert.State state, String comment, String by, Instant at) {
    }

    /**
     * What a check did.
     *
     * @param raised   alerts raised for the first time
     * @param kept     alerts still open or acknowledged, refreshed
     * @param resolved alerts resolved because their source no longer raises them
     * @param failed   the sources that failed (their alerts are left as they were)
     */
    record Check(int raised, int kept, int resolved, List<String> failed) {
    }
}

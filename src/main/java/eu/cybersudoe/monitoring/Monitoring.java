package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monitoring module's API: the indicator catalogue, the targets, and the dashboard of
 * values measured by the {@link IndicatorSource} beans.
 * <p>
 * Partners and semesters come from the {@link eu.cybersudoe.network.Network} bean, looked up
 * when a method needs them: the catalogue works without it, the dashboard and the targets
 * of a partner do not.
 */
public interface Monitoring {

    /** The active indicators of the catalogue, in the order of the reference file. */
    List<Indicator> indicators();

    /** An active indicator by its code. */
    Optional<Indicator> indicator(String code);

    /** The codes of indicators removed from the reference file; their rows are kept. */
    List<String> retiredIndicators();

    /**
     * A partner's own targets: indicator code to target, in catalogue order, for the
     * indicators that set one for that partner.
     *
     * @throws IllegalArgumentException when the network has no such partner
     */
    Map<String, BigDecimal> targetsFor(PartnerId partner);

    /** The consolidated dashboard of the current semester (the clock's today). */
    Dashboard dashboard();

    /** One partner's dashboard of the current semester, empty when the network has no such partner. */
    Optional<Dashboard> dashboard(PartnerId partner);

    /**
     * The dashboard of a semester for the network or one partner: the values of the semester's
     * edition when it is closed (its latest revision, or the revision asked), else measured live up
     * to the semester's last day or today while it runs.
     *
     * @param semester the semester's number
     * @param revision the revision to show, or 0 for the latest
     * @param partner  the partner, or empty for the consolidated view
     * @return empty when there is no such semester (or it has not started), revision or partner
     */
    Optional<Dashboard> dashboard(int semester, int revision, Optional<PartnerId> partner);

    /** Every revision of a semester's edition, the first first; empty while it is not closed. */
    List<Edition> editions(int semester);

    /** The latest revision of each closed semester, in semester order. */
    List<Edition> closedSemesters();

    /** Whether the person may close or revise semesters: a network admin or a manager of the lead partner. */
    boolean mayClose(Closer closer);

    /**
     * Closes a semester that has ended, freezing every indicator's value per partner and for the
     * network as of its last day, or, once closed, records a new revision with the values
     * measured again.
     *
     * @param reason why a closed semester is revised; ignored for the first closing
     * @throws EditionRefused when the person may not, the semester has not ended, or a revision has no reason
     */
    Edition close(int semester, Closer closer, String reason);

    /** The parts of an indicator's value its source names (none when it names none, or when partners enter it). */
    default List<IndicatorSource.Part> breakdown(String indicator, LocalDate until, Optional<PartnerId> partner) {
        return List.of();
    }
}

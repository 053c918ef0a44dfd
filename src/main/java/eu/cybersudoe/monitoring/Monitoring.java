package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;

import java.math.BigDecimal;
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
}

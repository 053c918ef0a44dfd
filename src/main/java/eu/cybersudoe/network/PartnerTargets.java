package eu.cybersudoe.network;

import eu.cybersudoe.shared.LocalizedText;

import java.util.List;

/**
 * The targets a partner works towards, shown on its page in the directory.
 * <p>
 * The {@code monitoring} module owns the indicator catalogue and every target: it provides its
 * own bean of this type, which replaces the network's fallback. Until then the network gives
 * the per-partner figures of the application file (by country).
 */
public interface PartnerTargets {

    /** The partner's targets, in display order. */
    List<PartnerTarget> of(Partner partner);

    /**
     * One target.
     *
     * @param indicator the indicator's stable code, such as {@code conferences}
     * @param label     what is counted, in every language
     * @param target    the figure to reach
     */
    record PartnerTarget(String indicator, LocalizedText label, long target) {
    }
}

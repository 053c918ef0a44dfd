package eu.cybersudoe.portal.web;

import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.LocalizedText;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the home page shows.
 *
 * @param figures  the programme's headline targets
 * @param partners the partners, lead partner first
 * @param themes   the active themes
 */
public record HomeView(List<Figure> figures, List<Partner> partners, List<Theme> themes) {

    /** A target of the programme and what it counts. */
    public record Figure(LocalizedText label, BigDecimal value) {
    }
}

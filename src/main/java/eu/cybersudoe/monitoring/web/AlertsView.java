package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.shared.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The alerts page: the filters chosen and the alerts matching them.
 *
 * @param partners      the partners to filter by; empty when the reader sees only their own partner's
 * @param partner       the partner chosen, or null
 * @param partnerName   the name of the only partner the reader sees, or null when they see every partner
 * @param state         the state chosen ({@code open}…), or null
 * @param severity      the severity chosen ({@code warning}…), or null
 * @param alerts        the alerts, the most severe first
 */
public record AlertsView(List<IndicatorsView.PartnerOption> partners, String partner, String partnerName, String state,
                         String severity, List<Line> alerts) {

    /** The states to filter by, as codes. */
    public List<String> states() {
        return List.of("open", "acknowledged", "resolved");
    }

    /** The severities to filter by, as codes, the most severe first. */
    public List<String> severities() {
        return List.of("critical", "warning", "notice");
    }

    /**
     * One alert.
     *
     * @param id             its number
     * @param severity       its severity's code
     * @param state          its state's code
     * @param partner        the partner concerned's short name, or null for the whole network
     * @param explanation    the plain sentence
     * @param raisedOn       the day it was raised
     * @param lastSeenOn     the last day a check still found it
     * @param mayAcknowledge whether the reader may acknowledge it now
     * @param mayResolve     whether the reader may resolve it now
     * @param history        its moves, the first first
     */
    public record Line(long id, String severity, String state, String partner, LocalizedText.Shown explanation,
                       LocalDate raisedOn, LocalDate lastSeenOn, boolean mayAcknowledge, boolean mayResolve, List<Move> history) {
    }

    /**
     * A move of an alert.
     *
     * @param state   the state's code
     * @param comment what was said, or null
     * @param by      who, or null for the daily check
     * @param at      when
     */
    public record Move(String state, String comment, String by, Instant at) {
    }
}

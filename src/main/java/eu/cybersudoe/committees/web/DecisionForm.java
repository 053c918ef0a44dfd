package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.internal.Decision;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A decision as typed: a vote gives its counts, a consensus none. */
public record DecisionForm(@NotBlank @Size(max = 4000) String text, Long agendaItemId, @NotNull Decision.Mode mode,
                           @Min(0) Integer votesFor, @Min(0) Integer votesAgainst, @Min(0) Integer abstentions) {

    static DecisionForm empty() {
        return new DecisionForm("", null, Decision.Mode.CONSENSUS, null, null, null);
    }

    /** Whether a vote gives its three counts (a consensus needs none). */
    boolean countsGiven() {
        return mode != Decision.Mode.VOTE || votesFor != null && votesAgainst != null && abstentions != null;
    }
}

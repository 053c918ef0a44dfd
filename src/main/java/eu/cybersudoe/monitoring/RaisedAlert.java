package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.LocalizedText;

import java.util.Objects;
import java.util.Optional;

/**
 * One alert as an {@link AlertSource} raises it.
 *
 * @param rule        a stable name of the rule that raised it, e.g. {@code minutes-not-approved}
 * @param subject     a stable reference of the thing concerned within the rule, e.g. {@code meeting-12}
 * @param partner     the partner concerned, or empty when the alert concerns the whole network
 * @param severity    how urgent it is
 * @param explanation a plain sentence for people in each language, e.g.
 *                    "CIEBI: 4 conferences held, 8 expected by 30 June"
 */
public record RaisedAlert(String rule, String subject, Optional<PartnerId> partner,
                          AlertSeverity severity, LocalizedText explanation) {

    public RaisedAlert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(explanation, "explanation");
    }
}

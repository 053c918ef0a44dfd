package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What diagnostics measures:
 * <ul>
 *   <li>{@value #TOOLS}: the questionnaires published in French, Spanish and Portuguese (every
 *   shipped one is, in four languages, or it does not load); for the network only, as the tools
 *   are the network's;</li>
 *   <li>{@value #COMPLETED}: assessments completed by the end of the day; per partner, those of
 *   companies in the regions it answers for (the partner noted on completion).</li>
 * </ul>
 */
@Component
class DiagnosticIndicators implements IndicatorSource {

    static final String TOOLS = "diagnostic-tools";
    static final String COMPLETED = "assessments-completed";

    private final Questionnaires questionnaires;
    private final AssessmentTable table;
    private final Clock clock;

    DiagnosticIndicators(Questionnaires questionnaires, AssessmentTable table, Clock clock) {
        this.questionnaires = questionnaires;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Set<String> indicators() {
        return Set.of(TOOLS, COMPLETED);
    }

    @Override
    public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        return switch (indicator) {
            case TOOLS -> partner.isPresent() ? Optional.empty() : Optional.of(BigDecimal.valueOf(tools()));
            case COMPLETED -> Optional.of(BigDecimal.valueOf(table.completedBefore(
                    until.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), partner.map(PartnerId::value).orElse(null))));
            default -> Optional.empty();
        };
    }

    private long tools() {
        List<Language> published = List.of(Language.FR, Language.ES, Language.PT);
        return questionnaires.current().stream()
                .filter(q -> published.stream().allMatch(l -> q.title().has(l)))
                .count();
    }
}

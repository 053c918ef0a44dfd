package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
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
 *   companies in the regions it answers for (the partner noted on completion);</li>
 *   <li>{@value #SCORE_CHANGE}: for each company that completed a questionnaire at least twice, its
 *   latest overall score minus its first; the mean of these changes, in points (one decimal);</li>
 *   <li>{@value #PROGRESSED}: distinct companies whose latest assessment of a questionnaire reaches
 *   a higher maturity level than their first (both scores placed in the current version's levels).</li>
 * </ul>
 * The last two count for the partner noted on the company's latest assessment.
 */
@Component
class DiagnosticIndicators implements IndicatorSource {

    static final String TOOLS = "diagnostic-tools";
    static final String COMPLETED = "assessments-completed";
    static final String SCORE_CHANGE = "assessment-score-change";
    static final String PROGRESSED = "companies-progressed";

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
        return Set.of(TOOLS, COMPLETED, SCORE_CHANGE, PROGRESSED);
    }

    @Override
    public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        java.time.Instant end = until.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        String partnerId = partner.map(PartnerId::value).orElse(null);
        return switch (indicator) {
            case TOOLS -> partner.isPresent() ? Optional.empty() : Optional.of(BigDecimal.valueOf(tools()));
            case COMPLETED -> Optional.of(BigDecimal.valueOf(table.completedBefore(end, partnerId)));
            case SCORE_CHANGE -> Optional.of(meanChange(table.firstAndLatest(end, partnerId)));
            case PROGRESSED -> Optional.of(BigDecimal.valueOf(progressed(table.firstAndLatest(end, partnerId))));
            default -> Optional.empty();
        };
    }

    private static BigDecimal meanChange(List<AssessmentTable.ScorePair> pairs) {
        if (pairs.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long total = pairs.stream().mapToLong(p -> p.last() - p.first()).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(pairs.size()), 1, java.math.RoundingMode.HALF_UP);
    }

    private long progressed(List<AssessmentTable.ScorePair> pairs) {
        return pairs.stream().filter(p -> questionnaires.current(p.questionnaire())
                        .map(q -> level(q, p.last()) > level(q, p.first())).orElse(false))
                .map(AssessmentTable.ScorePair::company).distinct().count();
    }

    private static int level(Questionnaire questionnaire, int score) {
        return questionnaire.bands().indexOf(Questionnaire.bandOf(questionnaire.bands(), score));
    }

    private long tools() {
        List<Language> published = List.of(Language.FR, Language.ES, Language.PT);
        return questionnaires.current().stream()
                .filter(q -> published.stream().allMatch(l -> q.title().has(l)))
                .count();
    }
}

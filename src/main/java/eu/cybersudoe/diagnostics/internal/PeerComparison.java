package eu.cybersudoe.diagnostics.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a completed assessment stands among its peers: the companies that completed the same
 * questionnaire, each counted once with its latest assessment. The group is the narrowest of
 * same sector, size and country; same sector and country; same country; the whole network that
 * holds at least {@value #MINIMUM} other companies, so that no company can be singled out. Only
 * the group's name, its size and the percentile are shown, never a single company's score.
 */
@Component
public class PeerComparison {

    /** The fewest other companies a group must hold to be shown. */
    public static final int MINIMUM = 10;

    private final AssessmentTable table;

    PeerComparison(AssessmentTable table) {
        this.table = table;
    }

    /** The groups, narrowest first. */
    public enum Group {
        SECTOR_SIZE_COUNTRY, SECTOR_COUNTRY, COUNTRY, NETWORK;

        public String key() {
            return "diagnostics.peers.group." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The comparison.
     *
     * @param group      the group used
     * @param sector     the sector of the group, or null
     * @param size       the size class of the group, or null
     * @param country    the country code of the group, or null
     * @param companies  how many other companies the group holds
     * @param percentile the share (0–100) of them that scored lower, ties counted half
     * @param narrower   whether a narrower group was tried and was too small
     */
    public record Peers(Group group, String sector, String size, String country, int companies, int percentile,
                        boolean narrower) {
    }

    /** The comparison of a completed assessment with a score; empty when even the network is too small. */
    @Transactional(readOnly = true)
    public Optional<Peers> compare(Assessment assessment) {
        if (!assessment.completed() || assessment.overallScore() == null) {
            return Optional.empty();
        }
        Assessment.CompanyContext context = assessment.context();
        String country = context.region() == null || context.region().length() < 2 ? null : context.region().substring(0, 2);
        List<Peers> candidates = new ArrayList<>();
        if (context.sector() != null && context.size() != null && country != null) {
            candidates.add(new Peers(Group.SECTOR_SIZE_COUNTRY, context.sector(), context.size(), country, 0, 0, false));
        }
        if (context.sector() != null && country != null) {
            candidates.add(new Peers(Group.SECTOR_COUNTRY, context.sector(), null, country, 0, 0, false));
        }
        if (country != null) {
            candidates.add(new Peers(Group.COUNTRY, null, null, country, 0, 0, false));
        }
        candidates.add(new Peers(Group.NETWORK, null, null, null, 0, 0, false));
        Long self = assessment.company() == null ? null : assessment.company().value();
        for (int i = 0; i < candidates.size(); i++) {
            Peers candidate = candidates.get(i);
            AssessmentTable.PeerCount count = table.peers(assessment.questionnaire(), self, assessment.overallScore(),
                    candidate.sector(), candidate.size(), candidate.country());
            if (count.companies() >= MINIMUM) {
                int percentile = (int) Math.round(100.0 * (count.below() + count.equal() / 2.0) / count.companies());
                return Optional.of(new Peers(candidate.group(), candidate.sector(), candidate.size(), candidate.country(),
                        count.companies(), percentile, i > 0));
            }
        }
        return Optional.empty();
    }
}

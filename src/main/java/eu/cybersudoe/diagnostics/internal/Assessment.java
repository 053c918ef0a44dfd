package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Answers;

import java.time.Instant;

/**
 * An assessment: one person (or company) answering one version of a questionnaire.
 *
 * @param questionnaire the questionnaire's code
 * @param version       the version it was started with, kept for good
 * @param accountId     the signed-in person who started it, or null
 * @param company       the company it is linked to, or null
 * @param context       what the company said about itself
 * @param partnerId     the partner answering for the region, set when completed; or, from the start, the partner
 *                      whose staff filled it in with the company
 * @param overallScore  set when completed (null when nothing counted)
 * @param band          the overall maturity level's code, set when completed
 */
public record Assessment(long id, String questionnaire, int version, Language language, Long accountId, CompanyId company,
                         CompanyContext context, String partnerId, boolean completed, Integer overallScore, String band,
                         Instant startedAt, Instant updatedAt, Instant completedAt, Answers answers) {

    /**
     * What the company says about itself before the questions.
     *
     * @param size   a size code of {@link #SIZES}, or null
     * @param sector a sector code of {@link #SECTORS}, or null
     * @param region a NUTS 2 code, or null
     */
    public record CompanyContext(String size, String sector, String region) {

        public static final java.util.List<String> SIZES = java.util.List.of("solo", "micro", "small", "medium", "large");
        public static final java.util.List<String> SECTORS = java.util.List.of("industry", "construction", "commerce",
                "tourism", "agri-food", "transport", "services", "health", "public", "other");
        public static final CompanyContext EMPTY = new CompanyContext(null, null, null);

        public boolean given() {
            return size != null || sector != null || region != null;
        }
    }
}

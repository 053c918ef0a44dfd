package eu.cybersudoe.diagnostics;

import eu.cybersudoe.companies.CompanyId;

import java.time.Instant;

/**
 * A company asked for an expert after a diagnostic. The module that owns assistance missions
 * listens to it, records the request and routes it to the partner answering for the region.
 *
 * @param company       the company, or null when the person took the diagnostic without an account linked to one
 * @param region        the NUTS 2 region the company gave or the registry knows, or null
 * @param partnerId     the partner answering for that region ({@code Network.partnerFor}), never null
 * @param assessmentId  the completed assessment
 * @param questionnaire the questionnaire's code, such as {@code digital-maturity}
 * @param requestedAt   when the request was made
 * @param contactEmail  the address the person gave to be contacted
 * @param message       what the person wrote, possibly empty
 */
public record AssistanceRequested(CompanyId company, String region, String partnerId, long assessmentId,
                                  String questionnaire, Instant requestedAt, String contactEmail, String message) {
}

package eu.cybersudoe.community;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.util.List;

/**
 * Partner staff turned a company's exchange post into a request for an assistance mission.
 * Published in the transaction that records it; the module handling mission requests listens
 * to it (see {@link ExchangeDesk}).
 *
 * @param discussionId the exchange
 * @param company      the company that wrote it
 * @param themes       the network themes it is about (the group's theme), possibly none
 * @param language     the language the company wrote in
 * @param contactEmail the author's address, or null when the account is gone
 * @param message      the exchange's title and text, as plain text
 * @param referredBy   the staff account that turned it into a request
 * @param referredAt   when
 */
public record ExchangeReferred(long discussionId, CompanyId company, List<String> themes, Language language,
                               String contactEmail, String message, long referredBy, Instant referredAt) {
}

package eu.cybersudoe.diagnostics;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;

import java.time.Instant;

/**
 * Invites a company to take a questionnaire again at a later date, to measure its progress. The
 * invitation is durable: it survives a restart and is sent once, by e-mail, when it falls due.
 * Assistance missions use it for their follow-up.
 */
public interface RetakeInvitations {

    /**
     * Plans an invitation.
     *
     * @param company       the company invited
     * @param email         the address the invitation goes to
     * @param language      the language of the e-mail and of the link
     * @param questionnaire the questionnaire's code, such as {@code digital-maturity}
     * @param due           when the e-mail is to be sent
     * @param reason        why it is sent, such as {@code mission:42}; shown to staff
     * @return the invitation's id
     */
    long schedule(CompanyId company, String email, Language language, String questionnaire, Instant due,
                  String reason);
}

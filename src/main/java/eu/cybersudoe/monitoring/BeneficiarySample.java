package eu.cybersudoe.monitoring;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The beneficiaries a module served (companies that attended a conference, companies accompanied by a
 * mission…), from which the evaluator draws a sample for the mid-term and final evaluations and sends
 * a satisfaction survey (MON-3). A module implements this interface as a Spring bean; monitoring
 * asks every such bean without naming the module.
 * <p>
 * A module returns only companies with a contact who consents now to be written to by the network,
 * with that contact's address and language and nothing more.
 */
public interface BeneficiarySample {

    /** What the beneficiaries of this source did, in the four languages (shown next to the sampled company). */
    LocalizedText origin();

    /**
     * The companies served up to a day (inclusive), each once, with one consenting contact.
     *
     * @param until the last day counted
     */
    List<Beneficiary> beneficiaries(LocalDate until);

    /**
     * A company served and the contact the survey is sent to.
     *
     * @param companyId   the registry's id of the company
     * @param companyName its name
     * @param email       the consenting contact's address
     * @param language    the language the contact is written to in
     */
    record Beneficiary(long companyId, String companyName, String email, Language language) {

        public Beneficiary {
            Objects.requireNonNull(companyName, "companyName");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(language, "language");
        }
    }
}

package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.network.Country;

import java.time.Instant;
import java.util.Set;

/**
 * What a partner states about a file when importing it.
 *
 * @param jobId          the import
 * @param partnerId      the partner the file comes from, recorded as having brought its organisations
 * @param accountId      who imports it, recorded with the consents
 * @param fileName       the file's name, part of the consents' source
 * @param mapping        which column holds which field
 * @param defaultCountry the country of rows without a country column or value, or null
 * @param lawfulBasis    the lawful basis of the consents the file carries
 * @param consentSource  where the partner collected them (a form, an event…), as they describe it
 * @param fileConsents   the purposes every contact of the file agreed to, besides consent columns
 * @param importedAt     when the import was started: the date of consents without a date column
 */
public record ImportSettings(long jobId, String partnerId, Long accountId, String fileName, ColumnMapping mapping,
                             Country defaultCountry, LawfulBasis lawfulBasis, String consentSource,
                             Set<ConsentPurpose> fileConsents, Instant importedAt) {

    public ImportSettings {
        fileConsents = Set.copyOf(fileConsents);
    }

    /** How the consents of this import are recorded as to their source. */
    public String consentEvidence() {
        String evidence = "import #" + jobId + " " + fileName + (consentSource == null || consentSource.isBlank() ? "" : ": " + consentSource);
        return evidence.length() > 300 ? evidence.substring(0, 300) : evidence;
    }
}

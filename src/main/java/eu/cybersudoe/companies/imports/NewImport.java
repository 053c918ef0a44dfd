package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.shared.files.StoredFile;

import java.util.List;

/** An uploaded file about to become an import, with what was told from it and what the partner stated. */
record NewImport(String partnerId, Long accountId, StoredFile file, SheetFormat format, String encoding, String delimiter,
                 List<String> header, String defaultCountry, LawfulBasis lawfulBasis, String consentSource,
                 boolean consentNewsletter, boolean consentInvitations) {
}

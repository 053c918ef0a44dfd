package eu.cybersudoe.companies.imports.web;

import eu.cybersudoe.companies.LawfulBasis;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a partner states with a file: the country of rows that do not say theirs, the lawful basis
 * and the source of the consents the file carries, whether every contact agreed to the newsletter
 * or invitations, and the encoding when it should not be told from the file.
 */
public record ImportForm(String defaultCountry, String lawfulBasis, @NotBlank @Size(max = 200) String consentSource,
                         Boolean consentNewsletter, Boolean consentInvitations, String encoding) {

    public static ImportForm empty() {
        return new ImportForm("", LawfulBasis.CONSENT.name(), "", false, false, "");
    }

    public boolean newsletter() {
        return Boolean.TRUE.equals(consentNewsletter);
    }

    public boolean invitations() {
        return Boolean.TRUE.equals(consentInvitations);
    }
}

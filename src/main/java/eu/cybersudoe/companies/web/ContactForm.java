package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.companies.internal.ContactDetails;
import eu.cybersudoe.shared.Language;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/**
 * A contact as typed in the back office. The consent boxes and the lawful basis are used only
 * when the contact is added; later changes go through the consent form of the company page.
 */
public record ContactForm(@Size(max = 120) String firstName, @NotBlank @Size(max = 120) String lastName,
                          @Size(max = 200) String job, @Email @Size(max = 254) String email, @Size(max = 40) String phone,
                          String language, Boolean newsletter, Boolean invitations, String lawfulBasis) {

    /** An empty form; the language is left to the organisation's country until someone chooses one. */
    public static ContactForm empty() {
        return new ContactForm("", "", "", "", "", "", false, false, LawfulBasis.CONSENT.name());
    }

    public static ContactForm of(CompanyFile.ContactEntry c) {
        return new ContactForm(text(c.firstName()), text(c.lastName()), text(c.job()), text(c.email()), text(c.phone()),
                c.language().code(), c.newsletterConsent(), c.invitationConsent(), LawfulBasis.CONSENT.name());
    }

    /** The form of a person who is not a contact yet: their account's name, address and language. */
    public static ContactForm ofAccount(String displayName, String email, Language language) {
        return new ContactForm("", displayName, "", email, "", language.code(), false, false, LawfulBasis.CONSENT.name());
    }

    /** This form with the given address, whatever was posted. */
    public ContactForm withEmail(String address) {
        return new ContactForm(firstName, lastName, job, address, phone, language, newsletter, invitations, lawfulBasis);
    }

    public boolean wantsNewsletter() {
        return Boolean.TRUE.equals(newsletter);
    }

    public boolean wantsInvitations() {
        return Boolean.TRUE.equals(invitations);
    }

    ContactDetails details() {
        return new ContactDetails(blankToNull(firstName), lastName.strip(), blankToNull(job), blankToNull(email),
                blankToNull(phone), Language.fromCode(language).orElse(null));
    }

    Set<ConsentPurpose> consents() {
        Set<ConsentPurpose> given = EnumSet.noneOf(ConsentPurpose.class);
        if (wantsNewsletter()) {
            given.add(ConsentPurpose.NEWSLETTER);
        }
        if (wantsInvitations()) {
            given.add(ConsentPurpose.EVENT_INVITATIONS);
        }
        return given;
    }

    LawfulBasis basis() {
        for (LawfulBasis basis : LawfulBasis.values()) {
            if (basis.name().equals(lawfulBasis)) {
                return basis;
            }
        }
        return LawfulBasis.CONSENT;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

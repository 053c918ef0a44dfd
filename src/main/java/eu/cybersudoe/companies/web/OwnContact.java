package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.companies.internal.CompanyOffice;

import java.util.Locale;
import java.util.Optional;

/** The contact of a company that is the signed-in person: the one with their account's e-mail address. */
final class OwnContact {

    private OwnContact() {
    }

    static Optional<CompanyFile.ContactEntry> entry(CompanyOffice office, CompanyId company, String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        return office.file(company, null).stream().flatMap(file -> file.contacts().stream())
                .filter(contact -> !contact.erased() && contact.email() != null
                        && contact.email().strip().toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }
}

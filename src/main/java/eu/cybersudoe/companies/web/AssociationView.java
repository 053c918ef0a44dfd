package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.internal.Associations;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.FieldErrors;

import java.time.LocalDate;
import java.util.List;

/**
 * A support structure's association with the network: whether and since when it is associated,
 * by which partner, its members, and the form inviting another member (kept as typed).
 */
public record AssociationView(CompanyFile.Company company, String sponsorName, LocalDate since, List<Associations.Member> members,
                              String name, String email, String language, List<Language> languages, FieldErrors errors) {

    public boolean associated() {
        return sponsorName != null;
    }
}

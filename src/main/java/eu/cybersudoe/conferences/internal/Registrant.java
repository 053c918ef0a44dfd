package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.NewOrganisation;

/**
 * Someone registering with their company.
 *
 * @param known      the company when it is already known in the registry, or null
 * @param company    the company as typed (found again by its national identifier when it has one); with a known
 *                   company, only its name is used
 * @param person     the person
 * @param newsletter whether the person asked for the newsletter (a separate, unticked choice)
 */
public record Registrant(CompanyId known, NewOrganisation company, Person person, boolean newsletter) {

    public Registrant(NewOrganisation company, Person person, boolean newsletter) {
        this(null, company, person, newsletter);
    }
}

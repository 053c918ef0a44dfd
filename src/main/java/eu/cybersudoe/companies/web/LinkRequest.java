package eu.cybersudoe.companies.web;

import java.time.LocalDate;

/** A company user's request to be linked to a company, as the deciding partner sees it: who asks, for which company, since when. */
public record LinkRequest(long id, String name, String email, long companyId, String companyName, String companyCountry,
                          LocalDate requestedOn) {
}

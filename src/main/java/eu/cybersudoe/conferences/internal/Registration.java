package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;

import java.time.Instant;

/**
 * A person registered to a conference (or added at the door), with their company.
 *
 * @param token the secret of their personal links
 */
public record Registration(long id, long conferenceId, String token, CompanyId company, String companyName, Long contactId,
                           String firstName, String lastName, String email, Language language, RegistrationStatus status,
                           boolean walkIn, Instant registeredAt, Instant checkedInAt, Integer rating, String ratingComment) {

    public String fullName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }

    public boolean attended() {
        return checkedInAt != null;
    }
}

package eu.cybersudoe.companies;

import java.util.Map;
import java.util.Optional;

/**
 * The registry's contacts as other modules need them: the newsletters find a person by e-mail
 * address, unsubscribe them from everything at once, and the accounts module answers a
 * person's request for the data held about them.
 */
public interface ContactDirectory {

    /** The contact with this e-mail address, compared trimmed and in lower case; erased contacts have none. */
    Optional<ContactId> findByEmail(String email);

    /**
     * Whether the person at this address once withdrew this consent (or unsubscribed from
     * everything): such an address gets no more messages of that purpose, even when it comes
     * from elsewhere than the registry (a press list, a file).
     */
    boolean withdrew(String email, ConsentPurpose purpose);

    /**
     * Withdraws every consent of the contact with this address, adding a withdrawal to the
     * consent history of each purpose that was given. Audiences read the current consent, so it
     * takes effect everywhere at once. Does nothing when no contact has this address.
     *
     * @param source where the request came from, kept as evidence (such as {@code unsubscribe link: issue 12})
     */
    void unsubscribeEverywhere(String email, String source);

    /**
     * Withdraws one consent of the contact with this address, adding the withdrawal to its
     * consent history when the consent was given. Does nothing otherwise (idempotent).
     *
     * @param source where the request came from, kept as evidence
     * @return whether a consent was withdrawn now
     */
    boolean withdraw(String email, ConsentPurpose purpose, String source);

    /** The purposes the contact with this address consents to now; none when there is no such contact. */
    java.util.Set<ConsentPurpose> consentsOf(String email);

    /**
     * Everything held about a contact, ready to be written as JSON: the details, the
     * organisation's name and the whole consent history.
     *
     * @throws java.util.NoSuchElementException when there is no such contact
     */
    Map<String, Object> exportContact(long contactId);

    /**
     * The contact of the organisation with this e-mail address, added when there is none, and the
     * consents the person gave now recorded with their evidence. A person already known with the
     * address at another organisation is kept where they are: their contact is returned as it is.
     * Consents not given are left as they were (an unticked box withdraws nothing).
     *
     * @param company   the organisation
     * @param contact   the person
     * @param consents  the purposes the person consented to now, possibly none
     * @param partnerId the partner collecting the consents, or null
     * @param source    where the consents were given, kept as evidence (such as {@code form: conference 12})
     * @throws java.util.NoSuchElementException when there is no such organisation
     */
    ContactId register(CompanyId company, NewContact contact, java.util.Set<ConsentPurpose> consents, String partnerId,
                       String source);
}

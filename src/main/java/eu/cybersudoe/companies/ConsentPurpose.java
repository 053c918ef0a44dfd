package eu.cybersudoe.companies;

/** What a contact may be written to for. Each purpose has its own consent. */
public enum ConsentPurpose {
    NEWSLETTER, EVENT_INVITATIONS
}

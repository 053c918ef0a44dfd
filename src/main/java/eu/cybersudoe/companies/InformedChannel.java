package eu.cybersudoe.companies;

/** How an organisation was informed of the programme. */
public enum InformedChannel {
    MEETING, PRESENTATION, EMAIL, MAILING, PHONE, EVENT_INVITATION, OTHER
}

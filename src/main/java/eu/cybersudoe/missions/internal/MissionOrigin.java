package eu.cybersudoe.missions.internal;

/** Where a request came from. */
public enum MissionOrigin {
    /** The company asked for an expert after a diagnostic. */
    DIAGNOSTIC,
    /** Staff met the company at a conference. */
    CONFERENCE,
    /** Partner staff entered it for a company of the registry. */
    STAFF,
    /** The company asked from its own account. */
    COMPANY,
    /** Partner staff turned the company's exchange post in the community into a request. */
    COMMUNITY
}

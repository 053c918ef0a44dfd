package eu.cybersudoe.companies;

/** The GDPR ground on which a contact may be written to (article 6). */
public enum LawfulBasis {
    CONSENT, LEGITIMATE_INTEREST, CONTRACT
}

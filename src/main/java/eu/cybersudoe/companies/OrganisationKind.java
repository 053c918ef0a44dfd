package eu.cybersudoe.companies;

/** What an organisation of the registry is to the network. */
public enum OrganisationKind {
    /** An SME the network serves. */
    COMPANY,
    /** A provider of digital solutions missions may recommend. */
    SOLUTION_PROVIDER,
    /** A software editor, informed of the programme (WEB-7). */
    SOFTWARE_EDITOR,
    /** A support structure outside the partners, informed or associated (WEB-7). */
    SUPPORT_STRUCTURE
}

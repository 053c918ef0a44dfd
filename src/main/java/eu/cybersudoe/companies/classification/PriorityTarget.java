package eu.cybersudoe.companies.classification;

/** The priority targets of the application file a company can belong to, several at once. */
public enum PriorityTarget {
    /** A micro-enterprise (fewer than 10 employees). */
    MICRO,
    /** A company of a priority sector: building, tourism or agri-food. */
    PRIORITY_SECTOR,
    /** A young company created or led by a woman. */
    YOUNG_WOMAN_LED
}

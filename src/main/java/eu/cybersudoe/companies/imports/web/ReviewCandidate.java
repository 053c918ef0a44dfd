package eu.cybersudoe.companies.imports.web;

import eu.cybersudoe.companies.imports.LeftRow;

/** A row to review beside the company it probably is (its name and country, or nulls when it no longer exists). */
public record ReviewCandidate(LeftRow row, String candidateName, String candidateCountry) {

    /** The decision of merging the row into its candidate, as the review form posts it. */
    public static final String MERGE = "merge";
    /** The decision of keeping the row apart as a new company. */
    public static final String APART = "apart";
}

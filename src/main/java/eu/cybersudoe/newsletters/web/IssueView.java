package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.companies.SegmentSummary;
import eu.cybersudoe.newsletters.internal.Issue;
import eu.cybersudoe.newsletters.internal.Variant;
import eu.cybersudoe.shared.Language;

import java.util.List;
import java.util.Map;

/**
 * One issue's page.
 *
 * @param issue     the issue
 * @param variants  its variants, by language
 * @param segment   the segment it goes to, or null for everyone with newsletter consent
 * @param segments  the segments an admin may choose from
 * @param progress  its delivery, once launched, or null
 * @param uncertain its uncertain copies, for a network admin once launched, or null
 * @param problem   the message key of the last refused action, or null
 * @param postalAddressMissing whether no postal address is set for the sender (no issue can be launched)
 * @param testAddresses the addresses typed for a test copy that was refused, or empty
 * @param testList  the issue's test list as typed (one address a line)
 */
public record IssueView(Issue issue, Map<Language, Variant> variants, SegmentSummary segment, List<SegmentSummary> segments,
                        Progress progress, UncertainView uncertain, String problem,
                        boolean postalAddressMissing, String testAddresses, String testList) {

    /** The four languages, in the platform's order, written or not. */
    public List<Language> languages() {
        return List.of(Language.values());
    }

    public boolean has(Language language) {
        return variants.containsKey(language);
    }
}

package eu.cybersudoe.network.web;

import eu.cybersudoe.network.MemberStructure;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerTargets;
import eu.cybersudoe.network.PartnerTargets.PartnerTarget;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.WorkPackage;

import java.net.URI;
import java.util.List;

/**
 * A partner's page.
 *
 * @param partner          the partner
 * @param regions          the regions it covers, with who else covers them
 * @param workPackage      the work package it co-pilots, or null
 * @param memberStructures the structures of its own network (often none)
 * @param targets          its targets
 * @param achieved         its values at the end of the last closed semester, or null
 */
public record PartnerPage(Partner partner, List<CoveredRegion> regions, WorkPackage workPackage,
                          List<MemberStructure> memberStructures, List<PartnerTarget> targets,
                          PartnerTargets.Achieved achieved) {

    /** The website's host name, to show as the link's text; null without a website. */
    public String websiteHost() {
        if (partner.website() == null) {
            return null;
        }
        try {
            String host = URI.create(partner.website()).getHost();
            return host == null ? partner.website() : host;
        } catch (IllegalArgumentException e) {
            return partner.website();
        }
    }

    /**
     * A region the partner covers.
     *
     * @param region     the region
     * @param sharedWith the other partners covering it (often none)
     * @param answeredBy the partner that answers requests from it
     */
    public record CoveredRegion(Region region, List<Partner> sharedWith, Partner answeredBy) {

        public boolean isShared() {
            return !sharedWith.isEmpty();
        }

        /** The other partners' short names, separated by commas. */
        public String sharedWithNames() {
            return String.join(", ", sharedWith.stream().map(Partner::shortName).toList());
        }
    }
}

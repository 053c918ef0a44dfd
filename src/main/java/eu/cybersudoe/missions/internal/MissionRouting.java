package eu.cybersudoe.missions.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.network.Network;
import org.springframework.stereotype.Component;

/**
 * Which partner a request goes to: the one covering the company's NUTS 2 region (the primary
 * one where several cover it), the lead partner where none does or the region is not known.
 */
@Component
public class MissionRouting {

    private final CompanyRegistry companies;
    private final Network network;

    MissionRouting(CompanyRegistry companies, Network network) {
        this.companies = companies;
        this.network = network;
    }

    public String partnerFor(CompanyId company) {
        String region = companies.find(company).map(CompanyRegistry.OrganisationSummary::nuts2).orElse(null);
        return region == null || region.isBlank() ? network.leadPartner().id().value() : network.partnerFor(region).value();
    }
}

package eu.cybersudoe.community.internal;

import eu.cybersudoe.companies.AssociatedStructures;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Tells who a signed-in person writes as: their company or structure, partner and country. */
@Component
public class Authors {

    private final CompanyUsers companyUsers;
    private final CompanyRegistry registry;
    private final ObjectProvider<AssociatedStructures> structures;
    private final Network network;

    Authors(CompanyUsers companyUsers, CompanyRegistry registry, ObjectProvider<AssociatedStructures> structures, Network network) {
        this.companyUsers = companyUsers;
        this.registry = registry;
        this.structures = structures;
        this.network = network;
    }

    public Author of(SignedInUser user) {
        if (user.role().isPartnerStaff()) {
            String country = user.partnerId() == null ? null : network.partnerTyped(user.partnerId())
                    .map(p -> p.country().name()).orElse(null);
            return new Author(user.accountId(), user.displayName(), user.role(), user.language(), null, user.partnerId(),
                    country, null);
        }
        Optional<CompanyId> company = user.role() == Role.COMPANY_USER ? companyUsers.companyOf(user.accountId())
                : user.role() == Role.ASSOCIATED_STRUCTURE ? Optional.ofNullable(structures.getIfAvailable())
                        .flatMap(s -> s.membershipOf(user.accountId())).map(AssociatedStructures.Membership::structure)
                : Optional.empty();
        Optional<CompanyRegistry.OrganisationSummary> summary = company.flatMap(registry::find);
        String partner = summary.map(s -> s.nuts2() == null ? network.leadPartner().id() : network.partnerFor(s.nuts2()))
                .map(PartnerId::value).orElse(null);
        return new Author(user.accountId(), user.displayName(), user.role(), user.language(), company.orElse(null), partner,
                summary.map(CompanyRegistry.OrganisationSummary::country).orElse(null),
                summary.map(CompanyRegistry.OrganisationSummary::sizeClass).orElse(null));
    }
}

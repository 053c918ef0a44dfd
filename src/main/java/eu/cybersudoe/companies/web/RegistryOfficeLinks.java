package eu.cybersudoe.companies.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The registry's back-office pages: search, link requests to decide, imports. */
@Component
class RegistryOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(
                OfficeLink.of("/office/companies", "backoffice.companies.title", "backoffice.companies.text", 20,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR),
                OfficeLink.of("/office/company-links", "backoffice.companyLinks.title", "backoffice.companyLinks.text", 25,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER),
                OfficeLink.of("/office/imports", "backoffice.imports.title", "backoffice.imports.text", 30,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER).forActingPartner());
    }
}

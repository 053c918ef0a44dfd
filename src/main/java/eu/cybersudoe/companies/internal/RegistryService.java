package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.Registration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The registry: organisations are validated, found again by their national identifier, and remember who brought them. */
@Service
@Transactional
class RegistryService implements CompanyRegistry {

    private final Organisations organisations;
    private final OrganisationValidator validator;
    private final Clock clock;

    RegistryService(Organisations organisations, OrganisationValidator validator, Clock clock) {
        this.organisations = organisations;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Registration register(NewOrganisation input, String partnerId) {
        OrganisationValidator.Checked checked = validator.check(input);
        if (!checked.valid()) {
            return new Registration.Rejected(checked.problems());
        }
        OrganisationDetails details = checked.details();
        Instant now = clock.instant();
        Optional<Organisation> existing = details.identifier() == null ? Optional.empty()
                : organisations.findByCountryAndIdentifier(details.country(), details.identifier());
        Organisation organisation = existing.orElseGet(() -> organisations.save(new Organisation(input.kind(), details, now)));
        organisation.knownBy(partnerId, Organisation.Relation.BROUGHT, now);
        return new Registration.Registered(new CompanyId(organisation.id()), existing.isEmpty());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(CompanyId id) {
        return organisations.findById(id.value()).map(o -> new OrganisationSummary(id, o.kind(), o.legalName(), o.country(), o.nuts2()));
    }

    @Override
    public Registration update(CompanyId id, NewOrganisation input, String partnerId) {
        Organisation organisation = organisations.findById(id.value()).orElseThrow();
        OrganisationValidator.Checked checked = validator.check(input);
        if (!checked.valid()) {
            return new Registration.Rejected(checked.problems());
        }
        OrganisationDetails details = checked.details();
        Optional<Organisation> holder = details.identifier() == null ? Optional.empty()
                : organisations.findByCountryAndIdentifier(details.country(), details.identifier());
        if (holder.isPresent() && !holder.get().id().equals(organisation.id())) {
            return new Registration.Rejected(java.util.List.of(new Registration.Problem("identifier",
                    "companies.identifier.taken", java.util.List.of(input.identifier().strip(), holder.get().legalName()))));
        }
        Instant now = clock.instant();
        organisation.apply(details, now);
        organisation.changeKind(input.kind(), now);
        return new Registration.Registered(id, false);
    }
}

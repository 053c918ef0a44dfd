package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Network;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The registry: organisations are validated, found again by their national identifier, and remember who brought them. */
@Service
@Transactional
class RegistryService implements CompanyRegistry {

    /** How many identifiers {@link #ofKinds} asks for per statement. */
    private static final int KINDS_CHUNK = 1000;

    private final Organisations organisations;
    private final OrganisationValidator validator;
    private final Network network;
    private final CompanyFiles files;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final Establishments establishments;

    RegistryService(Organisations organisations, OrganisationValidator validator, Network network, CompanyFiles files,
                    Clock clock, JdbcClient jdbc, Establishments establishments) {
        this.jdbc = jdbc;
        this.establishments = establishments;
        this.organisations = organisations;
        this.validator = validator;
        this.network = network;
        this.files = files;
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
        if (existing.isEmpty()) {
            establishments.attach(details.country(), details.identifier());
        }
        return new Registration.Registered(new CompanyId(organisation.id()), existing.isEmpty());
    }

    /**
     * Registers an organisation that must be new to the registry, for the partner answering for its
     * region (the lead partner when it has none). An identifier already known is refused on the
     * {@code identifier} field: who registers a company this way must not reach an existing one.
     */
    Registration registerNew(NewOrganisation input) {
        OrganisationValidator.Checked checked = validator.check(input);
        if (!checked.valid()) {
            return new Registration.Rejected(checked.problems());
        }
        OrganisationDetails details = checked.details();
        if (details.identifier() != null && organisations.findByCountryAndIdentifier(details.country(), details.identifier()).isPresent()) {
            return new Registration.Rejected(List.of(new Registration.Problem("identifier", "companies.link.identifierKnown",
                    List.of(input.identifier().strip()))));
        }
        String partner = details.nuts2() == null ? network.leadPartner().id().value() : network.partnerFor(details.nuts2()).value();
        Instant now = clock.instant();
        Organisation organisation = organisations.save(new Organisation(input.kind(), details, now));
        organisation.knownBy(partner, Organisation.Relation.BROUGHT, now);
        establishments.attach(details.country(), details.identifier());
        return new Registration.Registered(new CompanyId(organisation.id()), true);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CompanyId> findByName(eu.cybersudoe.network.Country country, String name, String postcode) {
        if (country == null || name == null || name.isBlank() || postcode == null || postcode.isBlank()) {
            return Optional.empty();
        }
        return organisations.findFirstByCountryAndNameKeyAndPostcodeOrderById(country.name(), NameKey.of(name), postcode.strip())
                .map(o -> new CompanyId(o.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(CompanyId id) {
        return organisations.findById(id.value()).map(o -> new OrganisationSummary(id, o.kind(), o.legalName(), o.country(), o.nuts2(),
                o.sizeClass(), o.sectorTheme()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean knownBy(CompanyId id, String partnerId) {
        return files.knownBy(id, partnerId);
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
            return new Registration.Rejected(List.of(new Registration.Problem("identifier",
                    "companies.identifier.taken", List.of(input.identifier().strip(), holder.get().legalName()))));
        }
        Instant now = clock.instant();
        String country = organisation.country();
        String identifier = organisation.identifier();
        organisation.apply(details, now);
        organisation.changeKind(input.kind(), now);
        organisations.flush();
        establishments.attach(country, identifier);
        establishments.attach(details.country(), details.identifier());
        establishments.detachIfNoLongerFrench(id.value());
        return new Registration.Registered(id, false);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<CompanyId> ofKinds(Collection<CompanyId> ids, Set<OrganisationKind> kinds) {
        Set<CompanyId> found = new HashSet<>();
        if (kinds.isEmpty()) {
            return found;
        }
        List<String> kindNames = kinds.stream().map(Enum::name).toList();
        List<Long> values = ids.stream().map(CompanyId::value).distinct().toList();
        for (int from = 0; from < values.size(); from += KINDS_CHUNK) {
            jdbc.sql("select id from organisation where id in (:ids) and kind in (:kinds)")
                    .param("ids", values.subList(from, Math.min(values.size(), from + KINDS_CHUNK))).param("kinds", kindNames)
                    .query(Long.class).list().forEach(id -> found.add(new CompanyId(id)));
        }
        return found;
    }
}

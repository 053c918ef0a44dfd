package eu.cybersudoe.missions.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyProfiles;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.conferences.ConferenceDirectory;
import eu.cybersudoe.shared.Language;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What missions read of the registry and the conferences, in one place, through their APIs: the
 * company's facts for the report's snapshot (priority-target flags included), the solution
 * providers a report may name, companies to pick for a request, and a partner's conferences.
 */
@Component
public class RegistryReads {

    private static final Set<OrganisationKind> PROVIDERS = EnumSet.of(OrganisationKind.SOLUTION_PROVIDER,
            OrganisationKind.SOFTWARE_EDITOR);

    private final CompanyProfiles companies;
    private final ConferenceDirectory conferences;

    RegistryReads(CompanyProfiles companies, ConferenceDirectory conferences) {
        this.companies = companies;
        this.conferences = conferences;
    }

    /** The company as the registry knows it now. */
    public Optional<InterventionReport.CompanySnapshot> snapshot(CompanyId company) {
        return companies.profile(company).map(p -> new InterventionReport.CompanySnapshot(p.legalName(), p.city(), p.nuts2(),
                p.sizeClass(), p.employees(), p.creationYear(), p.sectorTheme(), p.micro(), p.prioritySector(),
                p.youngWomanLed()));
    }

    /** An organisation of the registry, or a conference, by id and name. */
    public record Named(long id, String name, String city) {

        static Named of(CompanyProfiles.Named organisation) {
            return new Named(organisation.id().value(), organisation.legalName(), organisation.city());
        }
    }

    /** Solution providers and software editors, by name, that a report may recommend. */
    public List<Named> providers(int limit) {
        return companies.ofKinds(PROVIDERS, limit).stream().map(Named::of).toList();
    }

    /** A provider's name, if the id is one. */
    public Optional<String> providerName(long id) {
        return companies.profile(new CompanyId(id)).filter(p -> PROVIDERS.contains(p.kind()))
                .map(CompanyProfiles.Profile::legalName);
    }

    /** Companies whose name contains the words typed, known by the partner (or by any partner when null). */
    public List<Named> companies(String partnerId, String query, int limit) {
        return companies.companiesNamed(query, partnerId, limit).stream().map(Named::of).toList();
    }

    /** The conferences a partner organised, most recent first, with their title in a language. */
    public List<Named> conferences(String partnerId, Language language, int limit) {
        return conferences.organisedBy(partnerId, limit).stream()
                .map(c -> new Named(c.id(), c.title().in(language).text(), c.city())).toList();
    }

    /** Whether a conference was organised by the partner. */
    public boolean conferenceOf(long conferenceId, String partnerId) {
        return conferences.isOrganisedBy(conferenceId, partnerId);
    }
}

package eu.cybersudoe.companies;

import eu.cybersudoe.network.Country;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The registry's API for other modules (conferences, newsletters, diagnostics, missions):
 * register organisations and contacts, record consents, read what they need.
 */
public interface CompanyRegistry {

    /**
     * Validates an organisation and stores it for a partner. The same national identifier is
     * the same organisation: then the partner is added to the existing one's provenance.
     */
    Registration register(NewOrganisation organisation, String partnerId);

    /**
     * The organisation of a country with this name (case, accents, punctuation and legal form
     * ignored) and this postcode, for people who register without an identifier; the oldest when
     * several have them.
     */
    Optional<CompanyId> findByName(Country country, String name, String postcode);

    /** The organisation's name and country, if it exists. */
    Optional<OrganisationSummary> find(CompanyId id);

    /** Whether the partner brought or served the organisation. */
    boolean knownBy(CompanyId id, String partnerId);

    /**
     * A short view of an organisation.
     *
     * @param id        its identifier
     * @param kind      what it is
     * @param legalName its legal name
     * @param country   its country code
     * @param nuts2     its NUTS 2 region, or null
     * @param sizeClass its size class (MICRO, SMALL, MEDIUM, LARGE), or null
     * @param sectorTheme the network theme of its sector, or null
     */
    record OrganisationSummary(CompanyId id, OrganisationKind kind, String legalName, String country, String nuts2,
                               String sizeClass, String sectorTheme) {
    }

    /**
     * Validates new values for an existing organisation and stores them; the derived values
     * (region, sector, size class, priority flags) follow. Its provenance is left as it is.
     * An identifier that already belongs to another organisation is refused on the
     * {@code identifier} field.
     *
     * @param partnerId the partner making the change
     * @throws java.util.NoSuchElementException when there is no such organisation
     */
    Registration update(CompanyId id, NewOrganisation organisation, String partnerId);

    /**
     * Those of the organisations that are of one of the kinds, in one pass however many are asked
     * (a newsletter's audience: up to 90,000); unknown identifiers are left out.
     */
    Set<CompanyId> ofKinds(Collection<CompanyId> ids, Set<OrganisationKind> kinds);
}

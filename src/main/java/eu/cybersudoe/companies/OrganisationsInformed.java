package eu.cybersudoe.companies;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Tells the registry that many organisations were informed of the programme by one sending (a
 * newsletter issue to tens of thousands of addresses), so that it is published, kept in the
 * event registry and recorded once rather than once per recipient. Recorded as
 * {@link OrganisationInformed} would be for each organisation, in one batch, and the same
 * {@code reference} published again is recorded once per organisation.
 *
 * @param organisations the organisations informed (support structures and software editors: the
 *                      registry counts only those as informed; see {@link CompanyRegistry#ofKinds})
 * @param reference     a key of the sending (such as {@code newsletter-issue-12}); required
 */
public record OrganisationsInformed(List<CompanyId> organisations, String partnerId, InformedChannel channel, LocalDate on,
                                    String what, Long recordedBy, String recordedByName, String reference) {

    public OrganisationsInformed {
        organisations = List.copyOf(organisations);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(on);
        Objects.requireNonNull(what);
        Objects.requireNonNull(reference);
    }

    /** The record of one of them, as {@link OrganisationInformed} carries it. */
    public OrganisationInformed of(CompanyId organisation) {
        return new OrganisationInformed(organisation, partnerId, channel, on, what, recordedBy, recordedByName, reference);
    }
}

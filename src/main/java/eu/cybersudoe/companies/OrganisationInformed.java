package eu.cybersudoe.companies;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Tells the registry that an organisation (a support structure, a software editor…) was informed
 * of the programme. Staff record it on the organisation's page; other modules publish it (a
 * mailing to a saved segment, an invitation to a project meeting) for each recipient, without
 * the registry knowing them. The registry keeps it on the organisation's page and timeline, and
 * counts it in {@code structures-informed} and {@code software-editors-informed}.
 *
 * @param partnerId        the partner that informed it, or null for the network as a whole
 * @param what             what was sent or said (a subject, a title), in the words of the sender
 * @param recordedBy       the account that recorded or sent it, or null for the platform itself
 * @param recordedByName   that person's name as shown, or the sending module's label
 * @param reference        a key unique for this organisation (such as {@code newsletter-issue-12}), so
 *                         that the same sending published twice is recorded once; null when none
 */
public record OrganisationInformed(CompanyId organisation, String partnerId, InformedChannel channel, LocalDate on,
                                   String what, Long recordedBy, String recordedByName, String reference) {

    public OrganisationInformed {
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(on);
        Objects.requireNonNull(what);
    }
}

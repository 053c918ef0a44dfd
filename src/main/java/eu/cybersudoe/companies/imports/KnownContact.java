package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.ConsentPurpose;

import java.util.EnumSet;
import java.util.Set;

/** A contact a chunk deals with: one already in the registry, or one the chunk adds. */
final class KnownContact {

    Long id;
    KnownOrganisation organisation;
    /** The values to add, for a contact the chunk creates; null for a known one. */
    final ImportedRow.Contact details;
    final Set<ConsentPurpose> consented = EnumSet.noneOf(ConsentPurpose.class);
    /** The purposes the person withdrew once: an import never gives them back. */
    final Set<ConsentPurpose> withdrawn = EnumSet.noneOf(ConsentPurpose.class);

    KnownContact(Long id, KnownOrganisation organisation, ImportedRow.Contact details) {
        this.id = id;
        this.organisation = organisation;
        this.details = details;
    }

    boolean isNew() {
        return details != null;
    }

    /** Whether an import may record this consent: not given yet, and never withdrawn. */
    boolean mayGrant(ConsentPurpose purpose) {
        return !consented.contains(purpose) && !withdrawn.contains(purpose);
    }
}

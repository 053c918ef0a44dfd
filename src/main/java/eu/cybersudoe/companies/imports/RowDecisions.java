package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.internal.OrganisationDetails;

import java.util.List;
import java.util.Optional;

/**
 * Decides each row's outcome, in file order. The same national identifier is the same company;
 * a SIRET whose SIREN is known is another establishment of that company, kept as its own record.
 * The same e-mail address is the same contact and names its company, unless that company has
 * another identifier: then the row waits for a person to decide. The same name and postcode as a
 * company the partner already brought, neither having an identifier, is that company (so that a
 * file without identifiers can be imported twice); the same name and postcode with a different
 * or a missing identifier waits for a person to decide. The values left out of a row imported
 * (created or merged) are recorded as its warnings.
 */
final class RowDecisions {

    /** Same name and postcode, one of them without identifier. */
    static final String SAME_NAME = "companies.import.row.probableDuplicate";
    /** Same name and postcode, with different identifiers. */
    static final String OTHER_IDENTIFIER = "companies.import.row.probableDuplicate.otherIdentifier";
    /** The contact's e-mail address is known on a company with another identifier. */
    static final String SAME_EMAIL = "companies.import.row.probableDuplicate.sameEmail";

    private final KnownRecords known;
    private final ChunkPlan plan;

    RowDecisions(KnownRecords known, ChunkPlan plan) {
        this.known = known;
        this.plan = plan;
    }

    RowOutcome decide(RowReading reading) {
        return switch (reading) {
            case ImportedRow.Rejection rejection -> {
                plan.reject(rejection);
                yield RowOutcome.REJECTED;
            }
            case ImportedRow row -> {
                RowOutcome outcome = decide(row);
                if (outcome.imported()) {
                    plan.warn(row);
                }
                yield outcome;
            }
        };
    }

    /**
     * Imports a row a person decided on: into the given organisation, or as a new one when it is
     * null. Returns the organisation, or empty when the given one no longer exists.
     */
    Optional<KnownOrganisation> decideAs(ImportedRow row, Long organisationId) {
        KnownOrganisation organisation = organisationId == null ? create(row) : known.byId.get(organisationId);
        if (organisation != null) {
            attach(row, organisation);
            plan.warn(row);
        }
        return Optional.ofNullable(organisation);
    }

    private RowOutcome decide(ImportedRow row) {
        OrganisationDetails details = row.organisation();
        String email = row.contact() == null ? null : row.contact().emailKey();
        KnownContact contact = email == null ? null : known.byEmail.get(email);
        if (details == null) {
            if (contact == null || contact.organisation == null) {
                plan.reject(new ImportedRow.Rejection(row.row(), "email", "companies.import.row.unknownEmail", List.of(email)));
                return RowOutcome.REJECTED;
            }
            attach(row, contact.organisation);
            return RowOutcome.MERGED;
        }
        KnownOrganisation organisation = details.identifier() == null ? null
                : known.byIdentifier.get(KnownOrganisation.identifierKey(details.country(), details.identifier()));
        if (organisation == null && contact != null && contact.organisation != null) {
            KnownOrganisation ofContact = contact.organisation;
            if (details.identifier() == null || ofContact.identifier == null) {
                organisation = ofContact;
            } else if (!ofContact.sameCompanyAs(details.country(), details.identifier())) {
                plan.review(row, ofContact, SAME_EMAIL);
                return RowOutcome.REVIEW;
            }
        }
        if (organisation == null && details.postcode() != null) {
            List<KnownOrganisation> sameName = known.byNameAndPostcode.getOrDefault(
                    KnownOrganisation.nameKey(row.nameKey(), details.postcode()), List.of()).stream()
                    .filter(o -> !o.sameCompanyAs(details.country(), details.identifier())).toList();
            Optional<KnownOrganisation> own = sameName.stream()
                    .filter(o -> o.brought && o.identifier == null && details.identifier() == null).findFirst();
            if (own.isPresent()) {
                organisation = own.get();
            } else if (!sameName.isEmpty()) {
                KnownOrganisation candidate = sameName.getFirst();
                plan.review(row, candidate, candidate.identifier == null || details.identifier() == null ? SAME_NAME : OTHER_IDENTIFIER);
                return RowOutcome.REVIEW;
            }
        }
        if (organisation == null) {
            attach(row, create(row));
            return RowOutcome.CREATED;
        }
        attach(row, organisation);
        return RowOutcome.MERGED;
    }

    private KnownOrganisation create(ImportedRow row) {
        OrganisationDetails details = row.organisation();
        KnownOrganisation organisation = new KnownOrganisation(null, details.country(), details.identifier(), row.nameKey(),
                details.postcode(), false, details);
        String siren = KnownOrganisation.siren(details.country(), details.identifier());
        if (siren != null && known.mayHaveOtherRecords(siren)) {
            plan.placeUnderCompany(siren);
        }
        known.add(organisation);
        plan.register(organisation);
        return organisation;
    }

    /** Records the partner's provenance and adds the row's contact and consents to the organisation. */
    private void attach(ImportedRow row, KnownOrganisation organisation) {
        if (!organisation.brought) {
            organisation.brought = true;
            plan.bring(organisation);
        }
        if (row.contact() == null) {
            return;
        }
        KnownContact contact = contactOf(row.contact(), organisation);
        if (contact == null) {
            return;
        }
        for (ConsentPurpose purpose : row.consents()) {
            if (contact.mayGrant(purpose)) {
                contact.consented.add(purpose);
                plan.grant(contact, purpose, row.consentedAt());
            }
        }
    }

    /** The contact the row names: known by its e-mail, or added; a contact without e-mail is added once per name. */
    private KnownContact contactOf(ImportedRow.Contact details, KnownOrganisation organisation) {
        if (details.emailKey() != null) {
            KnownContact contact = known.byEmail.get(details.emailKey());
            if (contact == null) {
                contact = new KnownContact(null, organisation, details);
                known.byEmail.put(details.emailKey(), contact);
                plan.add(contact);
            }
            return contact;
        }
        if (!details.named() || !known.namedContacts.add(KnownRecords.namedContactKey(organisation, details))) {
            return null;
        }
        KnownContact contact = new KnownContact(null, organisation, details);
        plan.add(contact);
        return contact;
    }
}

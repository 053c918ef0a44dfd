package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.ConsentPurpose;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the registry holds that an import tells rows apart by, kept in memory for a whole import
 * instead of being asked of the database for every chunk: the organisations by national
 * identifier and by name and postcode, which of them each partner brought, the contacts by
 * e-mail address with their consents, and the contacts without e-mail by name. It is read once
 * with a few plain sequential queries and then kept in step with what the import itself writes,
 * once each chunk is committed ({@link #apply}).
 *
 * <p>It is not shared between threads: an import takes it, uses it alone and hands it back.
 * The registry's unique constraints remain the guard against what others write meanwhile.
 */
final class RegistryIndex {

    /** An organisation as rows are matched against it. */
    private record Organisation(long id, String country, String identifier, String nameKey, String postcode) {
    }

    /** A contact with an e-mail address, as rows are matched against it. */
    private static final class Contact {
        final long id;
        final long organisationId;
        final Set<ConsentPurpose> consented = EnumSet.noneOf(ConsentPurpose.class);
        final Set<ConsentPurpose> withdrawn = EnumSet.noneOf(ConsentPurpose.class);

        Contact(long id, long organisationId) {
            this.id = id;
            this.organisationId = organisationId;
        }
    }

    private final Map<Long, Organisation> organisations = new HashMap<>();
    private final Map<String, Organisation> byIdentifier = new HashMap<>();
    private final Map<String, List<Organisation>> byNameAndPostcode = new HashMap<>();
    private final Map<String, Set<Long>> broughtBy = new HashMap<>();
    private final Map<String, Contact> byEmail = new HashMap<>();
    /** The SIRENs that have a French record (the company's or one of its establishments'). */
    private final Set<String> sirens = new HashSet<>();
    /** The names of the contacts without e-mail, by organisation, as {@link KnownRecords#namedContactKey} gives them. */
    private final Map<Long, List<List<Object>>> namedContacts = new HashMap<>();

    /** The registry's state the index holds. */
    private RegistryFingerprint fingerprint;

    private RegistryIndex() {
    }

    /**
     * Reads the whole registry's keys. The caller runs it in a read-only repeatable-read
     * transaction, so that every query sees the same state and rows arrive as a stream.
     */
    static RegistryIndex load(JdbcTemplate jdbc) {
        RegistryIndex index = new RegistryIndex();
        index.fingerprint = RegistryFingerprint.of(jdbc);
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(5_000);
        streaming.query("select id, country, identifier, name_key, postcode from organisation", (RowCallbackHandler) rs ->
                index.add(new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))));
        streaming.query("select organisation_id, partner_id from organisation_partner where relation = 'BROUGHT'",
                (RowCallbackHandler) rs -> index.brought(rs.getString(2), rs.getLong(1)));
        Map<Long, Contact> byId = new HashMap<>();
        streaming.query("""
                select id, organisation_id, email_key, first_name, last_name, newsletter_consent, invitation_consent
                from contact""", (RowCallbackHandler) rs -> {
            long organisationId = rs.getLong(2);
            String email = rs.getString(3);
            if (email == null) {
                index.named(organisationId, rs.getString(4), rs.getString(5));
                return;
            }
            Contact contact = new Contact(rs.getLong(1), organisationId);
            if (rs.getBoolean(6)) {
                contact.consented.add(ConsentPurpose.NEWSLETTER);
            }
            if (rs.getBoolean(7)) {
                contact.consented.add(ConsentPurpose.EVENT_INVITATIONS);
            }
            index.byEmail.put(email, contact);
            byId.put(contact.id, contact);
        });
        streaming.query("select contact_id, purpose from consent_event where granted = false", (RowCallbackHandler) rs -> {
            Contact contact = byId.get(rs.getLong(1));
            if (contact != null) {
                contact.withdrawn.add(ConsentPurpose.valueOf(rs.getString(2)));
            }
        });
        return index;
    }

    RegistryFingerprint fingerprint() {
        return fingerprint;
    }

    /**
     * What the registry knows of a chunk's rows, as {@link KnownRecords#load} would find it in
     * the database: fresh objects the chunk's decisions may change without touching the index.
     */
    KnownRecords known(String partnerId, List<RowReading> readings) {
        KnownRecords known = new KnownRecords();
        Set<Long> brought = broughtBy.getOrDefault(partnerId, Set.of());
        for (RowReading reading : readings) {
            if (!(reading instanceof ImportedRow row)) {
                continue;
            }
            var details = row.organisation();
            if (details != null && details.identifier() != null) {
                include(known, brought, byIdentifier.get(KnownOrganisation.identifierKey(details.country(), details.identifier())));
                String siren = KnownOrganisation.siren(details.country(), details.identifier());
                if (siren != null && sirens.contains(siren)) {
                    known.sirenWithRecords(siren);
                }
            }
            if (details != null && details.postcode() != null) {
                for (Organisation same : byNameAndPostcode.getOrDefault(KnownOrganisation.nameKey(row.nameKey(), details.postcode()),
                        List.of())) {
                    include(known, brought, same);
                }
            }
            String email = row.contact() == null ? null : row.contact().emailKey();
            Contact contact = email == null ? null : byEmail.get(email);
            if (contact != null && !known.byEmail.containsKey(email)) {
                KnownContact found = new KnownContact(contact.id, include(known, brought, organisations.get(contact.organisationId)), null);
                found.consented.addAll(contact.consented);
                found.withdrawn.addAll(contact.withdrawn);
                known.byEmail.put(email, found);
            }
        }
        for (Long id : known.byId.keySet()) {
            known.namedContacts.addAll(namedContacts.getOrDefault(id, List.of()));
        }
        return known;
    }

    /** Adds what a committed chunk wrote: its new organisations and contacts, the partner's provenance, the consents given. */
    void apply(String partnerId, KnownRecords known, ChunkPlan plan) {
        fingerprint = fingerprint.after(plan);
        plan.organisations().forEach(o -> add(new Organisation(o.id, o.country, o.identifier, o.nameKey, o.postcode)));
        plan.provenance().forEach(o -> brought(partnerId, o.id));
        known.byEmail.forEach((email, contact) -> {
            if (contact.id == null || contact.organisation == null) {
                return;
            }
            Contact kept = new Contact(contact.id, contact.organisation.id);
            kept.consented.addAll(contact.consented);
            kept.withdrawn.addAll(contact.withdrawn);
            byEmail.put(email, kept);
        });
        plan.contacts().stream().filter(c -> c.details.emailKey() == null)
                .forEach(c -> named(c.organisation.id, c.details.firstName(), c.details.lastName()));
    }

    private KnownOrganisation include(KnownRecords known, Set<Long> brought, Organisation organisation) {
        if (organisation == null) {
            return null;
        }
        KnownOrganisation included = known.byId.get(organisation.id());
        if (included == null) {
            included = new KnownOrganisation(organisation.id(), organisation.country(), organisation.identifier(),
                    organisation.nameKey(), organisation.postcode(), brought.contains(organisation.id()), null);
            known.add(included);
        }
        return included;
    }

    private void add(Organisation organisation) {
        organisations.put(organisation.id(), organisation);
        if (organisation.identifier() != null) {
            byIdentifier.put(KnownOrganisation.identifierKey(organisation.country(), organisation.identifier()), organisation);
            String siren = KnownOrganisation.siren(organisation.country(), organisation.identifier());
            if (siren != null) {
                sirens.add(siren);
            }
        }
        if (organisation.postcode() != null) {
            byNameAndPostcode.computeIfAbsent(KnownOrganisation.nameKey(organisation.nameKey(), organisation.postcode()),
                    k -> new ArrayList<>(1)).add(organisation);
        }
    }

    private void brought(String partnerId, long organisationId) {
        broughtBy.computeIfAbsent(partnerId, p -> new HashSet<>()).add(organisationId);
    }

    private void named(long organisationId, String firstName, String lastName) {
        namedContacts.computeIfAbsent(organisationId, id -> new ArrayList<>(1))
                .add(KnownRecords.namedContactKey(organisationId, firstName, lastName));
    }
}

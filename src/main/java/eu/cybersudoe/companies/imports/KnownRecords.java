package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.internal.OrganisationDetails;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the registry already knows of a chunk's rows, found in a handful of queries: the
 * organisations with the same identifiers, the contacts with the same e-mail addresses, the
 * organisations with the same name (for probable duplicates), whether the importing partner
 * brought each, and the contacts without e-mail of those organisations. Organisations and
 * contacts the chunk creates are added as it goes, so that later rows find them too.
 */
final class KnownRecords {

    final Map<String, KnownOrganisation> byIdentifier = new HashMap<>();
    final Map<String, List<KnownOrganisation>> byNameAndPostcode = new HashMap<>();
    final Map<String, KnownContact> byEmail = new HashMap<>();
    final Map<Long, KnownOrganisation> byId = new HashMap<>();
    /** Contacts without e-mail, as organisation id (or identity of a new one) and name. */
    final Set<String> namedContacts = new HashSet<>();

    private KnownRecords() {
    }

    static KnownRecords load(JdbcTemplate jdbc, String partnerId, List<RowReading> readings) {
        return load(jdbc, partnerId, readings, Set.of());
    }

    /** What the registry knows of the rows, and of the given organisations besides. */
    static KnownRecords load(JdbcTemplate jdbc, String partnerId, List<RowReading> readings, Set<Long> organisationIds) {
        KnownRecords known = new KnownRecords();
        Set<List<String>> identifiers = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        for (RowReading reading : readings) {
            if (reading instanceof ImportedRow row) {
                OrganisationDetails o = row.organisation();
                if (o != null && o.identifier() != null) {
                    identifiers.add(List.of(o.country(), o.identifier()));
                }
                if (o != null && o.postcode() != null) {
                    names.add(row.nameKey());
                }
                if (row.contact() != null && row.contact().emailKey() != null) {
                    emails.add(row.contact().emailKey());
                }
            }
        }
        known.loadByIdentifiers(jdbc, identifiers);
        known.loadOrganisations(jdbc, "name_key", names);
        known.loadOrganisations(jdbc, "id", organisationIds);
        known.loadContacts(jdbc, emails);
        known.loadPartnerAndNamedContacts(jdbc, partnerId);
        return known;
    }

    void add(KnownOrganisation organisation) {
        if (organisation.identifier != null) {
            byIdentifier.put(KnownOrganisation.identifierKey(organisation.country, organisation.identifier), organisation);
        }
        if (organisation.postcode != null) {
            byNameAndPostcode.computeIfAbsent(KnownOrganisation.nameKey(organisation.nameKey, organisation.postcode),
                    k -> new ArrayList<>()).add(organisation);
        }
        if (organisation.id != null) {
            byId.put(organisation.id, organisation);
        }
    }

    static String namedContactKey(KnownOrganisation organisation, ImportedRow.Contact contact) {
        String owner = organisation.id != null ? organisation.id.toString() : "new@" + System.identityHashCode(organisation);
        return owner + "|" + lower(contact.firstName()) + "|" + lower(contact.lastName());
    }

    /** By country and identifier together, as the unique index has them. */
    private void loadByIdentifiers(JdbcTemplate jdbc, Set<List<String>> identifiers) {
        inChunks(identifiers, part -> jdbc.query("select id, country, identifier, name_key, postcode from organisation where "
                + "(country, identifier) in (" + String.join(", ", java.util.Collections.nCopies(part.size(), "(?, ?)")) + ")",
                rs -> {
                    long id = rs.getLong("id");
                    if (!byId.containsKey(id)) {
                        add(new KnownOrganisation(id, rs.getString("country"), rs.getString("identifier"), rs.getString("name_key"),
                                rs.getString("postcode"), false, null));
                    }
                }, part.stream().flatMap(List::stream).toArray()));
    }

    private void loadOrganisations(JdbcTemplate jdbc, String column, Set<?> values) {
        inChunks(values, part -> jdbc.query("select id, country, identifier, name_key, postcode from organisation where "
                + column + " in (" + placeholders(part.size()) + ")", rs -> {
            long id = rs.getLong("id");
            if (!byId.containsKey(id)) {
                add(new KnownOrganisation(id, rs.getString("country"), rs.getString("identifier"), rs.getString("name_key"),
                        rs.getString("postcode"), false, null));
            }
        }, part.toArray()));
    }

    private void loadContacts(JdbcTemplate jdbc, Set<String> emails) {
        Map<Long, KnownContact> byContactId = new HashMap<>();
        Map<KnownContact, Long> organisationOf = new HashMap<>();
        inChunks(emails, part -> jdbc.query("""
                select id, organisation_id, email_key, newsletter_consent, invitation_consent from contact
                where email_key in (""" + placeholders(part.size()) + ")", rs -> {
            KnownContact contact = new KnownContact(rs.getLong("id"), null, null);
            if (rs.getBoolean("newsletter_consent")) {
                contact.consented.add(ConsentPurpose.NEWSLETTER);
            }
            if (rs.getBoolean("invitation_consent")) {
                contact.consented.add(ConsentPurpose.EVENT_INVITATIONS);
            }
            byEmail.put(rs.getString("email_key"), contact);
            byContactId.put(contact.id, contact);
            organisationOf.put(contact, rs.getLong("organisation_id"));
        }, part.toArray()));
        Set<Long> missing = new HashSet<>(organisationOf.values());
        missing.removeAll(byId.keySet());
        inChunks(missing, part -> jdbc.query(
                "select id, country, identifier, name_key, postcode from organisation where id in (" + placeholders(part.size()) + ")",
                rs -> {
                    add(new KnownOrganisation(rs.getLong("id"), rs.getString("country"), rs.getString("identifier"),
                            rs.getString("name_key"), rs.getString("postcode"), false, null));
                }, part.toArray()));
        organisationOf.forEach((contact, organisationId) -> contact.organisation = byId.get(organisationId));
        inChunks(byContactId.keySet(), part -> jdbc.query(
                "select contact_id, purpose from consent_event where granted = false and contact_id in (" + placeholders(part.size()) + ")",
                rs -> {
                    byContactId.get(rs.getLong("contact_id")).withdrawn.add(ConsentPurpose.valueOf(rs.getString("purpose")));
                }, part.toArray()));
    }

    private void loadPartnerAndNamedContacts(JdbcTemplate jdbc, String partnerId) {
        Set<Long> ids = byId.keySet();
        inChunks(ids, part -> {
            List<Object> arguments = new ArrayList<>(part);
            arguments.addFirst(partnerId);
            jdbc.query("select organisation_id from organisation_partner where relation = 'BROUGHT' and partner_id = ? "
                    + "and organisation_id in (" + placeholders(part.size()) + ")", rs -> {
                byId.get(rs.getLong("organisation_id")).brought = true;
            }, arguments.toArray());
        });
        inChunks(ids, part -> jdbc.query("select organisation_id, first_name, last_name from contact where email_key is null "
                + "and organisation_id in (" + placeholders(part.size()) + ")", rs -> {
            namedContacts.add(rs.getLong("organisation_id") + "|" + lower(rs.getString("first_name")) + "|"
                    + lower(rs.getString("last_name")));
        }, part.toArray()));
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> void inChunks(Collection<T> values, Consumer<List<T>> query) {
        List<T> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += 1000) {
            query.accept(all.subList(from, Math.min(all.size(), from + 1000)));
        }
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}

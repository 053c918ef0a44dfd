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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowCallbackHandler;

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
    /** Contacts without e-mail, as their organisation (its id, or the new organisation itself) and name. */
    final Set<List<Object>> namedContacts = new HashSet<>();
    /**
     * The SIRENs of the chunk's French rows that already have a record (in the registry or earlier
     * in the chunk); null when that is not known (read from the database, not from the index).
     */
    private final Set<String> sirensWithRecords;

    /** What the index found: it tells which SIRENs have records. */
    KnownRecords() {
        this.sirensWithRecords = new HashSet<>();
    }

    private KnownRecords(Set<String> sirensWithRecords) {
        this.sirensWithRecords = sirensWithRecords;
    }

    /** A SIREN of a row that has a record in the registry. */
    void sirenWithRecords(String siren) {
        sirensWithRecords.add(siren);
    }

    /**
     * Whether a new French record of that SIREN may have to go under a company or take others
     * under it: a record of the SIREN exists (always true when that is not known).
     */
    boolean mayHaveOtherRecords(String siren) {
        return sirensWithRecords == null || sirensWithRecords.contains(siren);
    }

    static KnownRecords load(JdbcTemplate jdbc, String partnerId, List<RowReading> readings) {
        return load(jdbc, partnerId, readings, Set.of());
    }

    /** What the registry knows of the rows, and of the given organisations besides. */
    static KnownRecords load(JdbcTemplate jdbc, String partnerId, List<RowReading> readings, Set<Long> organisationIds) {
        KnownRecords known = new KnownRecords(null);
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
        known.loadOrganisations(jdbc, "name_key", "varchar", names);
        known.loadOrganisations(jdbc, "id", "bigint", organisationIds);
        known.loadContacts(jdbc, emails);
        known.loadPartnerAndNamedContacts(jdbc, partnerId);
        return known;
    }

    void add(KnownOrganisation organisation) {
        String siren = KnownOrganisation.siren(organisation.country, organisation.identifier);
        if (siren != null && sirensWithRecords != null) {
            sirensWithRecords.add(siren);
        }
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

    static List<Object> namedContactKey(KnownOrganisation organisation, ImportedRow.Contact contact) {
        Object owner = organisation.id != null ? organisation.id : organisation;
        return namedContactKey(owner, contact.firstName(), contact.lastName());
    }

    /** A contact without e-mail as told apart from the others of its organisation (its id, or the new organisation itself). */
    static List<Object> namedContactKey(Object owner, String firstName, String lastName) {
        return List.of(owner, lower(firstName), lower(lastName));
    }

    /** By country and identifier together, as the unique index has them: one query per country. */
    private void loadByIdentifiers(JdbcTemplate jdbc, Set<List<String>> identifiers) {
        Map<String, List<String>> byCountry = new HashMap<>();
        identifiers.forEach(pair -> byCountry.computeIfAbsent(pair.get(0), c -> new ArrayList<>()).add(pair.get(1)));
        byCountry.forEach((country, values) -> query(jdbc, "select id, country, identifier, name_key, postcode from organisation "
                + "where country = ? and identifier = any(?)", "varchar", values, this::addOrganisation, country));
    }

    private void loadOrganisations(JdbcTemplate jdbc, String column, String type, Set<?> values) {
        query(jdbc, "select id, country, identifier, name_key, postcode from organisation where " + column + " = any(?)", type, values,
                this::addOrganisation);
    }

    private void addOrganisation(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        if (!byId.containsKey(id)) {
            add(new KnownOrganisation(id, rs.getString("country"), rs.getString("identifier"), rs.getString("name_key"),
                    rs.getString("postcode"), false, null));
        }
    }

    private void loadContacts(JdbcTemplate jdbc, Set<String> emails) {
        Map<Long, KnownContact> byContactId = new HashMap<>();
        Map<KnownContact, Long> organisationOf = new HashMap<>();
        query(jdbc, """
                select id, organisation_id, email_key, newsletter_consent, invitation_consent from contact
                where email_key = any(?)""", "varchar", emails, rs -> {
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
        });
        Set<Long> missing = new HashSet<>(organisationOf.values());
        missing.removeAll(byId.keySet());
        loadOrganisations(jdbc, "id", "bigint", missing);
        organisationOf.forEach((contact, organisationId) -> contact.organisation = byId.get(organisationId));
        query(jdbc, "select contact_id, purpose from consent_event where granted = false and contact_id = any(?)", "bigint",
                byContactId.keySet(), rs -> {
                    byContactId.get(rs.getLong("contact_id")).withdrawn.add(ConsentPurpose.valueOf(rs.getString("purpose")));
                });
    }

    private void loadPartnerAndNamedContacts(JdbcTemplate jdbc, String partnerId) {
        Set<Long> ids = byId.keySet();
        query(jdbc, "select organisation_id from organisation_partner where partner_id = ? and relation = 'BROUGHT' "
                + "and organisation_id = any(?)", "bigint", ids, rs -> {
            byId.get(rs.getLong("organisation_id")).brought = true;
        }, partnerId);
        query(jdbc, "select organisation_id, first_name, last_name from contact where organisation_id = any(?) and email_key is null",
                "bigint", ids, rs -> {
                    namedContacts.add(namedContactKey(rs.getLong("organisation_id"), rs.getString("first_name"),
                            rs.getString("last_name")));
                });
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** A row of a lookup. */
    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a query whose last parameter, in {@code any(?)}, is an array of the values (one
     * statement whatever their number, so that the database plans it once).
     *
     * @param before the parameters before the array
     */
    private static void query(JdbcTemplate jdbc, String sql, String type, Collection<?> values, Row row, Object... before) {
        if (values.isEmpty()) {
            return;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < before.length; i++) {
                statement.setObject(i + 1, before[i]);
            }
            statement.setArray(before.length + 1, connection.createArrayOf(type, values.toArray()));
            return statement;
        }, (RowCallbackHandler) row::read);
    }
}

package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.internal.OrganisationDetails;
import eu.cybersudoe.companies.internal.Tags;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import tools.jackson.databind.json.JsonMapper;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The writes a chunk decided, done once every row is decided: new organisations, the partner's
 * provenance, new contacts, consent events (and the current consent of known contacts), the
 * rows left for review or rejected, and the values left out of imported rows (warnings). Each table's rows are described once ({@link Rows}); they are
 * written either as batched statements ({@link #execute}, every database) or with PostgreSQL's
 * {@code COPY} ({@link ChunkCopy}).
 */
final class ChunkPlan {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A consent to record for a contact. */
    record Grant(KnownContact contact, ConsentPurpose purpose, Instant at) {
    }

    /**
     * A row rejected or waiting for review, with its reason and, for review, the organisation it
     * probably is (whose id may be known only once an earlier part of the plan is written).
     */
    record Left(SheetRow row, RowOutcome outcome, String field, String messageKey, List<Object> arguments, KnownOrganisation candidate) {

        Long candidateId() {
            return candidate == null ? null : candidate.id;
        }
    }

    /** A value left out of a row that was imported. */
    record Warned(SheetRow row, ImportedRow.Warning warning) {
    }

    /**
     * The rows of one table a chunk writes: the table, its columns (without the generated id),
     * the items and how each gives its values.
     */
    record Rows<T>(String table, List<String> columns, List<T> items, Function<T, Object[]> values) {

        Object[] valuesOf(int index) {
            return values.apply(items.get(index));
        }
    }

    private static final List<String> ORGANISATION_COLUMNS = List.of("kind", "legal_name", "trade_name", "name_key", "country",
            "identifier_kind", "identifier", "vat_number", "address", "postcode", "city", "nuts2", "activity_code", "nace_class",
            "sector_theme", "size_class", "employees", "creation_year", "woman_led", "micro", "priority_sector", "young_woman_led",
            "website", "tags", "created_at", "updated_at", "version");
    private static final List<String> CONTACT_COLUMNS = List.of("organisation_id", "first_name", "last_name", "job", "email",
            "email_key", "phone", "language", "newsletter_consent", "invitation_consent", "created_at", "updated_at", "version");

    private final ImportSettings settings;
    private final Timestamp now;
    private final List<KnownOrganisation> organisations = new ArrayList<>();
    private final List<KnownOrganisation> provenance = new ArrayList<>();
    private final List<KnownContact> contacts = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final List<Left> leftRows = new ArrayList<>();
    private final List<Warned> warnings = new ArrayList<>();
    /** The SIRENs whose records are to be put under their company once the chunk's new records are written. */
    private final Set<String> companiesToPlace = new LinkedHashSet<>();

    ChunkPlan(ImportSettings settings) {
        this.settings = settings;
        this.now = Timestamp.from(settings.importedAt());
    }

    void register(KnownOrganisation organisation) {
        organisations.add(organisation);
    }

    void bring(KnownOrganisation organisation) {
        provenance.add(organisation);
    }

    void add(KnownContact contact) {
        contacts.add(contact);
    }

    void grant(KnownContact contact, ConsentPurpose purpose, Instant at) {
        grants.add(new Grant(contact, purpose, at));
    }

    void reject(ImportedRow.Rejection rejection) {
        leftRows.add(new Left(rejection.row(), RowOutcome.REJECTED, rejection.field(), rejection.messageKey(),
                rejection.arguments(), null));
    }

    /** A row imported without the values it could not give, to record with its warnings. */
    void warn(ImportedRow row) {
        row.warnings().forEach(warning -> warnings.add(new Warned(row.row(), warning)));
    }

    /** A row left for a person to compare with the organisation it probably is; {@code reasonKey} says why. */
    void review(ImportedRow row, KnownOrganisation candidate, String reasonKey) {
        leftRows.add(new Left(row.row(), RowOutcome.REVIEW, "legalName", reasonKey, List.of(), candidate));
    }

    /**
     * A French record of this SIREN is new while the SIREN has other records: once written, the
     * SIREN's records are put under their company (decision 0039).
     */
    void placeUnderCompany(String siren) {
        companiesToPlace.add(siren);
    }

    /** The SIRENs whose records are put under their company in the chunk's transaction. */
    Set<String> companiesToPlace() {
        return Collections.unmodifiableSet(companiesToPlace);
    }

    /** The organisations to register, in decision order (their ids are set once written). */
    List<KnownOrganisation> organisations() {
        return Collections.unmodifiableList(organisations);
    }

    /** The organisations the importing partner is to be recorded as having brought. */
    List<KnownOrganisation> provenance() {
        return Collections.unmodifiableList(provenance);
    }

    /** The contacts to add (their ids are set once written). */
    List<KnownContact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    List<Grant> grants() {
        return Collections.unmodifiableList(grants);
    }

    /**
     * The ids of the organisations and contacts a plan creates, of the known contacts whose
     * consents it changes, and the SIRENs of the French records it creates.
     */
    record Touched(Set<Long> organisations, Set<Long> contacts, Set<String> sirens) {
    }

    /** What the plan creates or changes (once its new rows have their ids). */
    Touched touched() {
        Set<Long> organisationIds = new HashSet<>();
        organisations.forEach(o -> organisationIds.add(o.id));
        Set<Long> contactIds = new HashSet<>();
        contacts.forEach(c -> contactIds.add(c.id));
        grants.forEach(g -> contactIds.add(g.contact().id));
        Set<String> sirens = new HashSet<>();
        organisations.forEach(o -> {
            String siren = KnownOrganisation.siren(o.country, o.identifier);
            if (siren != null) {
                sirens.add(siren);
            }
        });
        return new Touched(organisationIds, contactIds, sirens);
    }

    /**
     * Whether the plan refers to a row that {@code earlier} creates, or changes a contact that it
     * changes, or puts under their company the records of a SIREN it creates a record of: until that
     * plan commits, its rows are invisible to this one's foreign-key checks, reads and updates, and
     * a contact both change could lock each other's transaction. The candidates of
     * rows left for review do not count: their foreign key is checked when the chunk commits
     * (PostgreSQL, where chunks are written two at a time), after the chunk before it committed
     * (decision 0032).
     */
    boolean dependsOn(Touched earlier) {
        return provenance.stream().anyMatch(o -> earlier.organisations().contains(o.id))
                || contacts.stream().anyMatch(c -> earlier.organisations().contains(c.organisation.id))
                || grants.stream().anyMatch(g -> earlier.contacts().contains(g.contact().id))
                || companiesToPlace.stream().anyMatch(earlier.sirens()::contains);
    }

    /** How many updates of known contacts (one per consent given to one of them) the plan makes. */
    long knownContactUpdates() {
        return grants.stream().filter(g -> !g.contact().isNew()).count();
    }

    Rows<KnownOrganisation> organisationRows() {
        return new Rows<>("organisation", ORGANISATION_COLUMNS, organisations, this::organisationValues);
    }

    Rows<KnownContact> contactRows() {
        return new Rows<>("contact", CONTACT_COLUMNS, contacts, this::contactValues);
    }

    Rows<KnownOrganisation> provenanceRows() {
        return new Rows<>("organisation_partner", List.of("organisation_id", "partner_id", "relation", "since"), provenance,
                o -> new Object[]{o.id, settings.partnerId(), "BROUGHT", now});
    }

    Rows<Grant> consentRows() {
        return new Rows<>("consent_event", List.of("contact_id", "purpose", "granted", "lawful_basis", "source_partner_id", "source",
                "recorded_at", "recorded_by"), grants, g -> new Object[]{g.contact().id, g.purpose().name(), true,
                settings.lawfulBasis().name(), settings.partnerId(), settings.consentEvidence(), Timestamp.from(g.at()),
                settings.accountId()});
    }

    Rows<Left> leftRowRows() {
        return new Rows<>("import_row", List.of("job_id", "row_number", "outcome", "field", "reason_key", "reason_arguments",
                "candidate_id", "cells"), leftRows, r -> new Object[]{settings.jobId(), r.row().number(), r.outcome().name(), r.field(),
                r.messageKey(), JSON.writeValueAsString(r.arguments().stream().map(String::valueOf).toList()), r.candidateId(),
                JSON.writeValueAsString(r.row().cells())});
    }

    /** The warnings of the rows imported without some of their values, one line per value left out. */
    Rows<Warned> warningRows() {
        return new Rows<>("import_warning", List.of("job_id", "row_number", "field", "reason_key", "reason_arguments", "cells"),
                warnings, w -> new Object[]{settings.jobId(), w.row().number(), w.warning().field(), w.warning().messageKey(),
                JSON.writeValueAsString(w.warning().arguments().stream().map(String::valueOf).toList()),
                JSON.writeValueAsString(w.row().cells())});
    }

    /** Writes the plan with batched statements, as every database takes them. */
    void execute(JdbcTemplate jdbc) {
        insertWithKeys(jdbc, organisationRows(), (i, id) -> organisations.get(i).id = id);
        insert(jdbc, provenanceRows());
        insertWithKeys(jdbc, contactRows(), (i, id) -> contacts.get(i).id = id);
        insert(jdbc, consentRows());
        updateKnownContacts(jdbc);
        insert(jdbc, leftRowRows());
        insert(jdbc, warningRows());
    }

    /** Records on the contacts already known the consents the chunk gave them. */
    void updateKnownContacts(JdbcTemplate jdbc) {
        List<Grant> toKnownContacts = grants.stream().filter(g -> !g.contact().isNew()).toList();
        jdbc.batchUpdate("update contact set newsletter_consent = newsletter_consent or ?, invitation_consent = invitation_consent or ?, "
                + "updated_at = ?, version = version + 1 where id = ?", toKnownContacts, 500, (ps, g) -> {
            ps.setBoolean(1, g.purpose() == ConsentPurpose.NEWSLETTER);
            ps.setBoolean(2, g.purpose() == ConsentPurpose.EVENT_INVITATIONS);
            ps.setTimestamp(3, now);
            ps.setLong(4, g.contact().id);
        });
    }

    private Object[] organisationValues(KnownOrganisation organisation) {
        OrganisationDetails d = organisation.details;
        return new Object[]{OrganisationKind.COMPANY.name(), d.legalName(), d.tradeName(), organisation.nameKey, d.country(),
                d.identifierKind(), d.identifier(), d.vatNumber(), d.address(), d.postcode(), d.city(), d.nuts2(), d.activityCode(),
                d.naceClass(), d.sectorTheme(), d.sizeClass(), d.employees(), d.creationYear(), d.womanLed(), d.micro(),
                d.prioritySector(), d.youngWomanLed(), d.website(), Tags.store(d.tags()), now, now, 0L};
    }

    private Object[] contactValues(KnownContact contact) {
        ImportedRow.Contact d = contact.details;
        return new Object[]{contact.organisation.id, d.firstName(), d.lastName(), d.job(), d.email(), d.emailKey(), d.phone(),
                d.language().code(), contact.consented.contains(ConsentPurpose.NEWSLETTER),
                contact.consented.contains(ConsentPurpose.EVENT_INVITATIONS), now, now, 0L};
    }

    private static String insertSql(Rows<?> rows) {
        return "insert into " + rows.table() + " (" + String.join(", ", rows.columns()) + ") values ("
                + String.join(", ", Collections.nCopies(rows.columns().size(), "?")) + ")";
    }

    private static <T> void insert(JdbcTemplate jdbc, Rows<T> rows) {
        jdbc.batchUpdate(insertSql(rows), rows.items(), 500, (ps, item) -> bind(ps, rows.values().apply(item)));
    }

    private interface IdSetter {
        void set(int index, long id);
    }

    private static void insertWithKeys(JdbcTemplate jdbc, Rows<?> rows, IdSetter setter) {
        int size = rows.items().size();
        if (size == 0) {
            return;
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(insertSql(rows), new String[]{"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        bind(ps, rows.valuesOf(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return size;
                    }
                }, keys);
        List<Map<String, Object>> generated = keys.getKeyList();
        if (generated.size() != size) {
            throw new IllegalStateException("Expected " + size + " generated keys, got " + generated.size());
        }
        for (int i = 0; i < size; i++) {
            setter.set(i, ((Number) generated.get(i).values().iterator().next()).longValue());
        }
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, values[i]);
            }
        }
    }
}

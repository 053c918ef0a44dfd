package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.internal.OrganisationDetails;
import eu.cybersudoe.companies.internal.Tags;
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
import java.util.List;
import java.util.Map;

/**
 * The writes a chunk decided, done in batches once every row is decided: new organisations,
 * the partner's provenance, new contacts, consent events (and the current consent of known
 * contacts), and the rows left for review or rejected.
 */
final class ChunkPlan {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Grant(KnownContact contact, ConsentPurpose purpose, Instant at) {
    }

    private record LeftRow(SheetRow row, RowOutcome outcome, String field, String messageKey, List<Object> arguments,
                           Long candidateId) {
    }

    private final ImportSettings settings;
    private final Timestamp now;
    private final List<KnownOrganisation> organisations = new ArrayList<>();
    private final List<KnownOrganisation> provenance = new ArrayList<>();
    private final List<KnownContact> contacts = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final List<LeftRow> leftRows = new ArrayList<>();

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
        leftRows.add(new LeftRow(rejection.row(), RowOutcome.REJECTED, rejection.field(), rejection.messageKey(),
                rejection.arguments(), null));
    }

    void review(ImportedRow row, Long candidateId) {
        leftRows.add(new LeftRow(row.row(), RowOutcome.REVIEW, "legalName", "companies.import.row.probableDuplicate", List.of(),
                candidateId));
    }

    void execute(JdbcTemplate jdbc) {
        insertOrganisations(jdbc);
        jdbc.batchUpdate("insert into organisation_partner (organisation_id, partner_id, relation, since) values (?, ?, 'BROUGHT', ?)",
                provenance, 500, (ps, o) -> {
                    ps.setLong(1, o.id);
                    ps.setString(2, settings.partnerId());
                    ps.setTimestamp(3, now);
                });
        insertContacts(jdbc);
        jdbc.batchUpdate("""
                        insert into consent_event (contact_id, purpose, granted, lawful_basis, source_partner_id, source, recorded_at, recorded_by)
                        values (?, ?, true, ?, ?, ?, ?, ?)""", grants, 500, (ps, g) -> {
            ps.setLong(1, g.contact().id);
            ps.setString(2, g.purpose().name());
            ps.setString(3, settings.lawfulBasis().name());
            ps.setString(4, settings.partnerId());
            ps.setString(5, settings.consentEvidence());
            ps.setTimestamp(6, Timestamp.from(g.at()));
            setLong(ps, 7, settings.accountId());
        });
        List<Grant> toKnownContacts = grants.stream().filter(g -> !g.contact().isNew()).toList();
        jdbc.batchUpdate("update contact set newsletter_consent = newsletter_consent or ?, invitation_consent = invitation_consent or ?, "
                + "updated_at = ?, version = version + 1 where id = ?", toKnownContacts, 500, (ps, g) -> {
            ps.setBoolean(1, g.purpose() == ConsentPurpose.NEWSLETTER);
            ps.setBoolean(2, g.purpose() == ConsentPurpose.EVENT_INVITATIONS);
            ps.setTimestamp(3, now);
            ps.setLong(4, g.contact().id);
        });
        jdbc.batchUpdate("""
                        insert into import_row (job_id, row_number, outcome, field, reason_key, reason_arguments, candidate_id, cells)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""", leftRows, 500, (ps, r) -> {
            ps.setLong(1, settings.jobId());
            ps.setLong(2, r.row().number());
            ps.setString(3, r.outcome().name());
            ps.setString(4, r.field());
            ps.setString(5, r.messageKey());
            ps.setString(6, JSON.writeValueAsString(r.arguments().stream().map(String::valueOf).toList()));
            setLong(ps, 7, r.candidateId());
            ps.setString(8, JSON.writeValueAsString(r.row().cells()));
        });
    }

    private void insertOrganisations(JdbcTemplate jdbc) {
        if (organisations.isEmpty()) {
            return;
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement("""
                insert into organisation (kind, legal_name, trade_name, name_key, country, identifier_kind, identifier, vat_number,
                    address, postcode, city, nuts2, activity_code, nace_class, sector_theme, size_class, employees, creation_year,
                    woman_led, micro, priority_sector, young_woman_led, website, tags, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", new String[]{"id"}),
                new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        organisationValues(ps, organisations.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return organisations.size();
                    }
                }, keys);
        assignIds(keys, organisations.size(), (i, id) -> organisations.get(i).id = id);
    }

    private void organisationValues(PreparedStatement ps, KnownOrganisation organisation) throws SQLException {
        OrganisationDetails d = organisation.details;
        ps.setString(1, OrganisationKind.COMPANY.name());
        ps.setString(2, d.legalName());
        ps.setString(3, d.tradeName());
        ps.setString(4, organisation.nameKey);
        ps.setString(5, d.country());
        ps.setString(6, d.identifierKind());
        ps.setString(7, d.identifier());
        ps.setString(8, d.vatNumber());
        ps.setString(9, d.address());
        ps.setString(10, d.postcode());
        ps.setString(11, d.city());
        ps.setString(12, d.nuts2());
        ps.setString(13, d.activityCode());
        ps.setString(14, d.naceClass());
        ps.setString(15, d.sectorTheme());
        ps.setString(16, d.sizeClass());
        setInt(ps, 17, d.employees());
        setInt(ps, 18, d.creationYear());
        ps.setBoolean(19, d.womanLed());
        ps.setBoolean(20, d.micro());
        ps.setBoolean(21, d.prioritySector());
        ps.setBoolean(22, d.youngWomanLed());
        ps.setString(23, d.website());
        ps.setString(24, Tags.store(d.tags()));
        ps.setTimestamp(25, now);
        ps.setTimestamp(26, now);
    }

    private void insertContacts(JdbcTemplate jdbc) {
        if (contacts.isEmpty()) {
            return;
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement("""
                insert into contact (organisation_id, first_name, last_name, job, email, email_key, phone, language,
                    newsletter_consent, invitation_consent, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", new String[]{"id"}),
                new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        KnownContact c = contacts.get(i);
                        ImportedRow.Contact d = c.details;
                        ps.setLong(1, c.organisation.id);
                        ps.setString(2, d.firstName());
                        ps.setString(3, d.lastName());
                        ps.setString(4, d.job());
                        ps.setString(5, d.email());
                        ps.setString(6, d.emailKey());
                        ps.setString(7, d.phone());
                        ps.setString(8, d.language().code());
                        ps.setBoolean(9, c.consented.contains(ConsentPurpose.NEWSLETTER));
                        ps.setBoolean(10, c.consented.contains(ConsentPurpose.EVENT_INVITATIONS));
                        ps.setTimestamp(11, now);
                        ps.setTimestamp(12, now);
                    }

                    @Override
                    public int getBatchSize() {
                        return contacts.size();
                    }
                }, keys);
        assignIds(keys, contacts.size(), (i, id) -> contacts.get(i).id = id);
    }

    private interface IdSetter {
        void set(int index, long id);
    }

    private static void assignIds(KeyHolder keys, int expected, IdSetter setter) {
        List<Map<String, Object>> rows = keys.getKeyList();
        if (rows.size() != expected) {
            throw new IllegalStateException("Expected " + expected + " generated keys, got " + rows.size());
        }
        for (int i = 0; i < expected; i++) {
            Object id = rows.get(i).values().iterator().next();
            setter.set(i, ((Number) id).longValue());
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}

package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static eu.cybersudoe.conferences.internal.ConferenceStore.instant;
import static eu.cybersudoe.conferences.internal.ConferenceStore.timestamp;

/** The stored registrations. */
@Repository
public class RegistrationStore {

    private final JdbcClient jdbc;

    RegistrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    long insert(long conferenceId, String token, CompanyId company, String companyName, Long contactId, Person person,
                RegistrationStatus status, boolean walkIn, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into conference_registration (conference_id, token, organisation_id, organisation_name, contact_id,
                            first_name, last_name, email, email_key, language, status, walk_in, registered_at, checked_in_at)
                        values (:conference, :token, :organisation, :organisationName, :contact, :firstName, :lastName, :email,
                            :emailKey, :language, :status, :walkIn, :now, :checkedIn)""")
                .param("conference", conferenceId).param("token", token).param("organisation", company.value())
                .param("organisationName", companyName).param("contact", contactId)
                .param("firstName", person.firstName()).param("lastName", person.lastName())
                .param("email", person.email() == null ? null : person.email().strip()).param("emailKey", emailKey(person.email()))
                .param("language", person.language().code()).param("status", status.name()).param("walkIn", walkIn)
                .param("now", timestamp(now)).param("checkedIn", walkIn ? timestamp(now) : null)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Gives a cancelled registration of the same address a new life, so that the address stays unique per conference. */
    boolean revive(long id, String token, CompanyId company, String companyName, Long contactId, Person person,
                   RegistrationStatus status, Instant now) {
        return jdbc.sql("""
                        update conference_registration set token = :token, organisation_id = :organisation,
                            organisation_name = :organisationName, contact_id = :contact, first_name = :firstName,
                            last_name = :lastName, language = :language, status = :status, registered_at = :now,
                            cancelled_at = null, promoted_at = null, reminded_at = null
                        where id = :id and status = 'CANCELLED'""")
                .param("token", token).param("organisation", company.value()).param("organisationName", companyName)
                .param("contact", contactId).param("firstName", person.firstName()).param("lastName", person.lastName())
                .param("language", person.language().code()).param("status", status.name()).param("now", timestamp(now))
                .param("id", id).update() == 1;
    }

    Optional<Registration> byEmail(long conferenceId, String email) {
        String key = emailKey(email);
        return key == null ? Optional.empty()
                : jdbc.sql("select * from conference_registration where conference_id = ? and email_key = ?")
                .params(conferenceId, key).query(RegistrationStore::row).optional();
    }

    public Optional<Registration> find(long id) {
        return jdbc.sql("select * from conference_registration where id = ?").param(id).query(RegistrationStore::row).optional();
    }

    public Optional<Registration> byToken(String token) {
        return jdbc.sql("select * from conference_registration where token = ?").param(token).query(RegistrationStore::row).optional();
    }

    /**
     * The conference's registrations: confirmed first (by name), then the waiting list in the order
     * of promotion (the order {@link #waiting} gives), then the cancelled ones (by name).
     */
    public List<Registration> of(long conferenceId) {
        return jdbc.sql("""
                        select * from conference_registration where conference_id = ?
                        order by case status when 'CONFIRMED' then 0 when 'WAITING' then 1 else 2 end,
                            case when status = 'WAITING' then registered_at end, last_name, first_name, id""")
                .param(conferenceId).query(RegistrationStore::row).list();
    }

    /** The confirmed registrations, by company then name, as the sign-in sheet lists them. */
    public List<Registration> confirmed(long conferenceId) {
        return jdbc.sql("""
                        select * from conference_registration where conference_id = ? and status = 'CONFIRMED'
                        order by organisation_name, last_name, first_name, id""")
                .param(conferenceId).query(RegistrationStore::row).list();
    }

    /** The first people of the waiting list, in the order they registered. */
    List<Registration> waiting(long conferenceId) {
        return jdbc.sql("""
                        select * from conference_registration where conference_id = ? and status = 'WAITING'
                        order by registered_at, id""")
                .param(conferenceId).query(RegistrationStore::row).list();
    }

    boolean move(long id, RegistrationStatus from, RegistrationStatus to, String stampColumn, Instant now) {
        return jdbc.sql("update conference_registration set status = ?, " + stampColumn + " = ? where id = ? and status = ?")
                .params(to.name(), timestamp(now), id, from.name()).update() == 1;
    }

    /** Stamps a column once: true for the caller that stamped it, false when it was already stamped. */
    boolean stampOnce(long id, String column, Instant now) {
        return jdbc.sql("update conference_registration set " + column + " = ? where id = ? and " + column + " is null")
                .params(timestamp(now), id).update() == 1;
    }

    boolean checkIn(long id, Long staffAccount, Instant now) {
        return jdbc.sql("""
                        update conference_registration set checked_in_at = ?, checked_in_by = ?
                        where id = ? and status = 'CONFIRMED' and checked_in_at is null""")
                .params(timestamp(now), staffAccount, id).update() == 1;
    }

    boolean rate(long id, int rating, String comment, Instant now) {
        return jdbc.sql("""
                        update conference_registration set rating = ?, rating_comment = ?, rated_at = ?
                        where id = ? and checked_in_at is not null and rating is null""")
                .params(rating, comment, timestamp(now), id).update() == 1;
    }

    static Registration row(ResultSet rs, int rowNum) throws SQLException {
        return new Registration(rs.getLong("id"), rs.getLong("conference_id"), rs.getString("token"),
                new CompanyId(rs.getLong("organisation_id")), rs.getString("organisation_name"),
                rs.getObject("contact_id") == null ? null : rs.getLong("contact_id"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("email"),
                Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT),
                RegistrationStatus.valueOf(rs.getString("status")), rs.getBoolean("walk_in"),
                instant(rs, "registered_at"), instant(rs, "checked_in_at"),
                rs.getObject("rating") == null ? null : rs.getInt("rating"),
                rs.getString("rating_comment"));
    }
}

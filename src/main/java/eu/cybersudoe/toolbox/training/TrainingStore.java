package eu.cybersudoe.toolbox.training;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and writes the training's tables. */
@Component
public class TrainingStore {

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // programmes and modules

    long insertProgramme(LocalizedText title, long createdBy, Instant now) {
        jdbc.sql("insert into training_programme (title, created_by, created_at) values (?, ?, ?)")
                .params(LocalizedTextConverter.toJson(title), createdBy, Timestamp.from(now)).update();
        return jdbc.sql("select max(id) from training_programme where created_by = ?").param(createdBy).query(Long.class).single();
    }

    long insertModule(long programmeId, LocalizedText title, String assessment, int passMark, List<Long> items) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from training_module where programme_id = ?")
                .param(programmeId).query(Integer.class).single();
        jdbc.sql("insert into training_module (programme_id, position, title, assessment, pass_mark, items) values (?, ?, ?, ?, ?, ?)")
                .params(programmeId, position, LocalizedTextConverter.toJson(title), assessment, passMark, ids(items)).update();
        return jdbc.sql("select id from training_module where programme_id = ? and position = ?").params(programmeId, position)
                .query(Long.class).single();
    }

    public List<Programme> programmes() {
        return jdbc.sql("select id from training_programme order by id").query(Long.class).list().stream()
                .map(id -> programme(id).orElseThrow()).toList();
    }

    public Optional<Programme> programme(long id) {
        return jdbc.sql("select id, title from training_programme where id = ?").param(id)
                .query((rs, n) -> new Programme(rs.getLong("id"), LocalizedTextConverter.fromJson(rs.getString("title")), modules(id)))
                .optional();
    }

    private List<TrainingModule> modules(long programmeId) {
        return jdbc.sql("select * from training_module where programme_id = ? order by position").param(programmeId)
                .query((rs, n) -> new TrainingModule(rs.getLong("id"), programmeId, rs.getInt("position"),
                        LocalizedTextConverter.fromJson(rs.getString("title")), rs.getString("assessment"), rs.getInt("pass_mark"),
                        split(rs.getString("items"))))
                .list();
    }

    public Optional<TrainingModule> module(long moduleId) {
        return jdbc.sql("select programme_id from training_module where id = ?").param(moduleId).query(Long.class).optional()
                .flatMap(this::programme).flatMap(p -> p.module(moduleId));
    }

    // sessions and enrolments

    long insertSession(long programmeId, List<Long> modules, Instant starts, Instant ends, ZoneId zone, long trainerId,
                       String trainerName, String place, String onlineUrl, int capacity, Instant now) {
        jdbc.sql("""
                        insert into training_session (programme_id, modules, starts_at, ends_at, time_zone, trainer_id, trainer_name,
                            place, online_url, capacity, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(programmeId, ids(modules), Timestamp.from(starts), Timestamp.from(ends), zone.getId(), trainerId, trainerName,
                        place, onlineUrl, capacity, Timestamp.from(now))
                .update();
        return jdbc.sql("select max(id) from training_session where programme_id = ?").param(programmeId).query(Long.class).single();
    }

    private static final String SESSION = """
            select s.*, (select count(*) from training_enrolment e where e.session_id = s.id) enrolled
            from training_session s""";

    public List<TrainingSession> sessions(long programmeId) {
        return jdbc.sql(SESSION + " where s.programme_id = ? order by s.starts_at, s.id").param(programmeId)
                .query(TrainingStore::session).list();
    }

    public Optional<TrainingSession> session(long sessionId) {
        return jdbc.sql(SESSION + " where s.id = ?").param(sessionId).query(TrainingStore::session).optional();
    }

    /** The session row locked for an enrolment, so that two people do not take the last seat. */
    Optional<TrainingSession> sessionForUpdate(long sessionId) {
        jdbc.sql("update training_session set capacity = capacity where id = ?").param(sessionId).update();
        return session(sessionId);
    }

    private static TrainingSession session(ResultSet rs, int n) throws SQLException {
        return new TrainingSession(rs.getLong("id"), rs.getLong("programme_id"), split(rs.getString("modules")),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), ZoneId.of(rs.getString("time_zone")),
                rs.getLong("trainer_id"), rs.getString("trainer_name"), rs.getString("place"), rs.getString("online_url"),
                rs.getInt("capacity"), rs.getInt("enrolled"));
    }

    void insertEnrolment(long sessionId, long accountId, String partnerId, String personName, long enrolledBy, Instant now) {
        jdbc.sql("""
                        insert into training_enrolment (session_id, account_id, partner_id, person_name, enrolled_by, enrolled_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(sessionId, accountId, partnerId, personName, enrolledBy, Timestamp.from(now)).update();
    }

    public List<Enrolment> enrolments(long sessionId) {
        return jdbc.sql("select * from training_enrolment where session_id = ? order by person_name, id").param(sessionId)
                .query(TrainingStore::enrolment).list();
    }

    /** The enrolments of the programme's sessions, by session then name. */
    public List<Enrolment> enrolmentsOfProgramme(long programmeId) {
        return jdbc.sql("""
                        select e.* from training_enrolment e join training_session s on s.id = e.session_id
                        where s.programme_id = ? order by s.starts_at, e.person_name, e.id""").param(programmeId)
                .query(TrainingStore::enrolment).list();
    }

    private static Enrolment enrolment(ResultSet rs, int n) throws SQLException {
        return new Enrolment(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("account_id"), rs.getString("partner_id"),
                rs.getString("person_name"));
    }

    boolean enrolledInProgramme(long programmeId, long accountId) {
        return jdbc.sql("""
                        select count(*) from training_enrolment e join training_session s on s.id = e.session_id
                        where s.programme_id = ? and e.account_id = ?""").params(programmeId, accountId)
                .query(Long.class).single() > 0;
    }

    // attendance, attempts, certificates

    void attend(long moduleId, long accountId, long sessionId, String partnerId, LocalDate on, long recordedBy, Instant now) {
        jdbc.sql("delete from training_attendance where module_id = ? and account_id = ?").params(moduleId, accountId).update();
        jdbc.sql("""
                        insert into training_attendance (module_id, account_id, session_id, partner_id, attended_on, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(moduleId, accountId, sessionId, partnerId, Date.valueOf(on), recordedBy, Timestamp.from(now)).update();
    }

    void absent(long moduleId, long accountId, long sessionId) {
        jdbc.sql("delete from training_attendance where module_id = ? and account_id = ? and session_id = ?")
                .params(moduleId, accountId, sessionId).update();
    }

    /** The (module, account) pairs attended at a session, as "module:account". */
    public Set<String> attendanceAt(long sessionId) {
        return new HashSet<>(jdbc.sql("select module_id, account_id from training_attendance where session_id = ?").param(sessionId)
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2)).list());
    }

    void insertAttempt(long moduleId, long accountId, int score, boolean passed, String answers, Instant now) {
        jdbc.sql("insert into training_attempt (module_id, account_id, score, passed, answers, taken_at) values (?, ?, ?, ?, ?, ?)")
                .params(moduleId, accountId, score, passed, answers, Timestamp.from(now)).update();
    }

    /** The person's best score per module of the programme, as "module:score". */
    public Optional<Integer> bestScore(long moduleId, long accountId) {
        return jdbc.sql("select max(score) from training_attempt where module_id = ? and account_id = ?").params(moduleId, accountId)
                .query(Integer.class).optional();
    }

    public Progress progress(Programme programme, long accountId) {
        Set<Long> attended = new HashSet<>(jdbc.sql("""
                        select a.module_id from training_attendance a join training_module m on m.id = a.module_id
                        where m.programme_id = ? and a.account_id = ?""").params(programme.id(), accountId).query(Long.class).list());
        Set<Long> passed = new HashSet<>(jdbc.sql("""
                        select distinct t.module_id from training_attempt t join training_module m on m.id = t.module_id
                        where m.programme_id = ? and t.account_id = ? and t.passed = true""").params(programme.id(), accountId)
                .query(Long.class).list());
        Optional<Certificate> certificate = jdbc.sql("select * from training_certificate where programme_id = ? and account_id = ?")
                .params(programme.id(), accountId).query(TrainingStore::certificate).optional();
        return new Progress(programme, accountId, enrolledInProgramme(programme.id(), accountId), attended, passed, certificate);
    }

    void insertCertificate(long programmeId, long accountId, String partnerId, String personName, LocalDate on, Instant now) {
        jdbc.sql("""
                        insert into training_certificate (programme_id, account_id, partner_id, person_name, issued_on, issued_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(programmeId, accountId, partnerId, personName, Date.valueOf(on), Timestamp.from(now)).update();
    }

    public Optional<Certificate> certificate(long id) {
        return jdbc.sql("select * from training_certificate where id = ?").param(id).query(TrainingStore::certificate).optional();
    }

    /** The certificates of a person, or of a partner's staff (partner given), or all (neither). */
    public List<Certificate> certificates(Long accountId, String partnerId) {
        String where = accountId != null ? " where account_id = :account" : partnerId != null ? " where partner_id = :partner" : "";
        var statement = jdbc.sql("select * from training_certificate" + where + " order by issued_on, person_name");
        if (accountId != null) {
            statement = statement.param("account", accountId);
        } else if (partnerId != null) {
            statement = statement.param("partner", partnerId);
        }
        return statement.query(TrainingStore::certificate).list();
    }

    boolean certified(long accountId) {
        return jdbc.sql("select count(*) from training_certificate where account_id = ?").param(accountId).query(Long.class).single() > 0;
    }

    private static Certificate certificate(ResultSet rs, int n) throws SQLException {
        return new Certificate(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("account_id"), rs.getString("partner_id"),
                rs.getString("person_name"), rs.getDate("issued_on").toLocalDate());
    }

    // relays

    long insertRelaySession(long accountId, String partnerId, LocalDate heldOn, String place, int people, List<String> names,
                            List<RelaySession.Structure> structures, Instant now) {
        jdbc.sql("""
                        insert into training_relay_session (account_id, partner_id, held_on, place, people_count, people_names, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(accountId, partnerId, Date.valueOf(heldOn), place, people, String.join("\n", names), Timestamp.from(now))
                .update();
        long id = jdbc.sql("select max(id) from training_relay_session where account_id = ?").param(accountId)
                .query(Long.class).single();
        for (int i = 0; i < structures.size(); i++) {
            RelaySession.Structure structure = structures.get(i);
            jdbc.sql("insert into training_relay_structure (relay_session_id, position, name, country, company_id) values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, structure.name(), structure.country().name(), structure.companyId()).update();
        }
        return id;
    }

    /** Relay sessions of a partner's staff (or all, partner null), latest first. */
    public List<RelaySession> relaySessions(String partnerId) {
        var statement = jdbc.sql("select * from training_relay_session" + (partnerId == null ? "" : " where partner_id = ?")
                + " order by held_on desc, id desc");
        if (partnerId != null) {
            statement = statement.param(partnerId);
        }
        return statement.query((rs, n) -> new RelaySession(rs.getLong("id"), rs.getLong("account_id"), rs.getString("partner_id"),
                rs.getDate("held_on").toLocalDate(), rs.getString("place"), rs.getInt("people_count"),
                rs.getString("people_names").isBlank() ? List.of() : List.of(rs.getString("people_names").split("\n")),
                structures(rs.getLong("id")))).list();
    }

    private List<RelaySession.Structure> structures(long relaySessionId) {
        return jdbc.sql("select * from training_relay_structure where relay_session_id = ? order by position").param(relaySessionId)
                .query((rs, n) -> new RelaySession.Structure(rs.getString("name"), Country.valueOf(rs.getString("country")),
                        (Long) rs.getObject("company_id", Long.class)))
                .list();
    }

    static String ids(List<Long> ids) {
        return "," + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + (ids.isEmpty() ? "" : ",");
    }

    static List<Long> split(String column) {
        return Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    }
}

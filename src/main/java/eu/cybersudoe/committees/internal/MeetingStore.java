package eu.cybersudoe.committees.internal;

import eu.cybersudoe.shared.Language;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Meetings, their agenda items, invitations and guests, in the module's own tables. */
@Component
public class MeetingStore {

    /** An item of a meeting's agenda with its part of the minutes. */
    public record AgendaItem(long id, long meetingId, int order, String title, String minutes) {
    }

    /**
     * A person invited to a meeting, with their answer and attendance once recorded.
     *
     * @param answer   null until they answer
     * @param attended null until attendance is recorded
     */
    public record Invitation(long meetingId, long accountId, String partnerId, Answer answer, Attendance attended) {
    }

    /** A member's answer to an invitation. */
    public enum Answer { ATTENDING, REMOTE, EXCUSED }

    /** How a person took part, as the secretary records it. */
    public enum Attendance { PRESENT, REMOTE, ABSENT;

        public boolean took() {
            return this != ABSENT;
        }
    }

    /** A non-partner structure invited as a guest. */
    public record Guest(long id, long organisationId, String name) {
    }

    /** What a new meeting is made of. */
    record NewMeeting(long groupId, Meeting.Format format, Instant startsAt, ZoneId zone, int durationMinutes, String place,
                      String webLink, Language language, String calendarCode, Long conferenceId, String seriesMonth) {
    }

    private static final String COLUMNS = """
            select id, group_id, format, starts_at, time_zone, duration_minutes, place, web_link, language, calendar_code,
                conference_id, series_month, attendance_recorded_at, minutes_written_at, approved_at, approved_in_id,
                invitations_sent_at from committee_meeting""" + " ";

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the meeting; false when the group already has it (same calendar code, conference or series month). */
    boolean add(NewMeeting meeting, Instant now) {
        try {
            return jdbc.sql("""
                            insert into committee_meeting (group_id, format, starts_at, time_zone, duration_minutes, place,
                                web_link, language, calendar_code, conference_id, series_month, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(meeting.groupId(), meeting.format().name(), Timestamp.from(meeting.startsAt()), meeting.zone().getId(),
                            meeting.durationMinutes(), meeting.place(), meeting.webLink(), meeting.language().code(),
                            meeting.calendarCode(), meeting.conferenceId(), meeting.seriesMonth(), Timestamp.from(now))
                    .update() == 1;
        } catch (DuplicateKeyException existing) {
            return false;
        }
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(MeetingStore::meeting).optional();
    }

    public Optional<Meeting> find(long groupId, long id) {
        return find(id).filter(m -> m.groupId() == groupId);
    }

    /** The group's meetings by start, a page of them. */
    public List<Meeting> ofGroup(long groupId, int offset, int limit) {
        return jdbc.sql(COLUMNS + " where group_id = ? order by starts_at, id limit ? offset ?")
                .params(groupId, limit, offset).query(MeetingStore::meeting).list();
    }

    public int countOfGroup(long groupId) {
        return jdbc.sql("select count(*) from committee_meeting where group_id = ?").param(groupId).query(Integer.class).single();
    }

    /** Every meeting of the group by start. */
    public List<Meeting> allOfGroup(long groupId) {
        return jdbc.sql(COLUMNS + " where group_id = ? order by starts_at, id").param(groupId).query(MeetingStore::meeting).list();
    }

    /** The meeting of the group right before this one, by start. */
    public Optional<Meeting> previous(Meeting meeting) {
        return jdbc.sql(COLUMNS + """
                         where group_id = ? and (starts_at < ? or (starts_at = ? and id < ?)) order by starts_at desc, id desc
                         limit 1""")
                .params(meeting.groupId(), Timestamp.from(meeting.startsAt()), Timestamp.from(meeting.startsAt()), meeting.id())
                .query(MeetingStore::meeting).optional();
    }

    /** The meeting of the group right after this one, by start. */
    public Optional<Meeting> next(Meeting meeting) {
        return jdbc.sql(COLUMNS + """
                         where group_id = ? and (starts_at > ? or (starts_at = ? and id > ?)) order by starts_at, id limit 1""")
                .params(meeting.groupId(), Timestamp.from(meeting.startsAt()), Timestamp.from(meeting.startsAt()), meeting.id())
                .query(MeetingStore::meeting).optional();
    }

    /** The group's meeting on a local day that refers to no conference yet, if one. */
    Optional<Meeting> unlinkedPhysicalOn(long groupId, java.time.LocalDate day) {
        return allOfGroup(groupId).stream().filter(m -> m.format() == Meeting.Format.PHYSICAL && m.conferenceId() == null
                && m.day().equals(day)).findFirst();
    }

    boolean linkConference(long meetingId, long conferenceId) {
        try {
            return jdbc.sql("update committee_meeting set conference_id = ? where id = ? and conference_id is null")
                    .params(conferenceId, meetingId).update() == 1;
        } catch (DuplicateKeyException linkedElsewhere) {
            return false;
        }
    }

    void updateDetails(long id, Instant startsAt, ZoneId zone, int durationMinutes, String place, String webLink, Language language) {
        jdbc.sql("""
                        update committee_meeting set starts_at = ?, time_zone = ?, duration_minutes = ?, place = ?, web_link = ?,
                            language = ? where id = ?""")
                .params(Timestamp.from(startsAt), zone.getId(), durationMinutes, place, webLink, language.code(), id).update();
    }

    void markInvitationsSent(long id, Instant now) {
        jdbc.sql("update committee_meeting set invitations_sent_at = ? where id = ?").params(Timestamp.from(now), id).update();
    }

    void markAttendanceRecorded(long id, Instant now) {
        jdbc.sql("update committee_meeting set attendance_recorded_at = ? where id = ?").params(Timestamp.from(now), id).update();
    }

    void markMinutesWritten(long id, Instant now) {
        jdbc.sql("update committee_meeting set minutes_written_at = ? where id = ? and approved_at is null")
                .params(Timestamp.from(now), id).update();
    }

    /** Records the approval once: false when the minutes were approved already. */
    boolean approve(long id, long approvedIn, Instant now) {
        return jdbc.sql("update committee_meeting set approved_at = ?, approved_in_id = ? where id = ? and approved_at is null")
                .params(Timestamp.from(now), approvedIn, id).update() == 1;
    }

    // agenda

    public List<AgendaItem> agenda(long meetingId) {
        return jdbc.sql("select id, meeting_id, item_order, title, minutes from committee_agenda_item where meeting_id = ? order by item_order, id")
                .param(meetingId).query((rs, n) -> new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("item_order"),
                        rs.getString("title"), rs.getString("minutes"))).list();
    }

    void addAgendaItem(long meetingId, String title) {
        int order = jdbc.sql("select coalesce(max(item_order), 0) + 1 from committee_agenda_item where meeting_id = ?")
                .param(meetingId).query(Integer.class).single();
        jdbc.sql("insert into committee_agenda_item (meeting_id, item_order, title) values (?, ?, ?)")
                .params(meetingId, order, title).update();
    }

    void writeMinutes(long meetingId, long itemId, String minutes) {
        jdbc.sql("update committee_agenda_item set minutes = ? where meeting_id = ? and id = ?")
                .params(minutes, meetingId, itemId).update();
    }

    // invitations

    public List<Invitation> invitations(long meetingId) {
        return jdbc.sql("select meeting_id, account_id, partner_id, answer, attended from committee_invitation where meeting_id = ? order by account_id")
                .param(meetingId).query(MeetingStore::invitation).list();
    }

    public Optional<Invitation> invitation(long meetingId, long accountId) {
        return jdbc.sql("select meeting_id, account_id, partner_id, answer, attended from committee_invitation where meeting_id = ? and account_id = ?")
                .params(meetingId, accountId).query(MeetingStore::invitation).optional();
    }

    /** Invites the person unless invited already; whether they were added. */
    boolean invite(long meetingId, long accountId, String partnerId) {
        try {
            return jdbc.sql("insert into committee_invitation (meeting_id, account_id, partner_id) values (?, ?, ?)")
                    .params(meetingId, accountId, partnerId).update() == 1;
        } catch (DuplicateKeyException invited) {
            return false;
        }
    }

    boolean answer(long meetingId, long accountId, Answer answer, Instant now) {
        return jdbc.sql("update committee_invitation set answer = ?, answered_at = ? where meeting_id = ? and account_id = ?")
                .params(answer.name(), Timestamp.from(now), meetingId, accountId).update() == 1;
    }

    void attended(long meetingId, long accountId, Attendance attendance) {
        jdbc.sql("update committee_invitation set attended = ? where meeting_id = ? and account_id = ?")
                .params(attendance.name(), meetingId, accountId).update();
    }

    // guests

    public List<Guest> guests(long meetingId) {
        return jdbc.sql("select id, organisation_id, name from committee_guest where meeting_id = ? order by name, id").param(meetingId)
                .query((rs, n) -> new Guest(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"))).list();
    }

    boolean addGuest(long meetingId, long organisationId, String name, Instant now) {
        try {
            return jdbc.sql("insert into committee_guest (meeting_id, organisation_id, name, invited_at) values (?, ?, ?, ?)")
                    .params(meetingId, organisationId, name, Timestamp.from(now)).update() == 1;
        } catch (DuplicateKeyException invited) {
            return false;
        }
    }

    private static Invitation invitation(ResultSet rs, int n) throws SQLException {
        String answer = rs.getString("answer");
        String attended = rs.getString("attended");
        return new Invitation(rs.getLong("meeting_id"), rs.getLong("account_id"), rs.getString("partner_id"),
                answer == null ? null : Answer.valueOf(answer), attended == null ? null : Attendance.valueOf(attended));
    }

    private static Meeting meeting(ResultSet rs, int n) throws SQLException {
        long conference = rs.getLong("conference_id");
        Long conferenceId = rs.wasNull() ? null : conference;
        long approvedIn = rs.getLong("approved_in_id");
        Long approvedInId = rs.wasNull() ? null : approvedIn;
        return new Meeting(rs.getLong("id"), rs.getLong("group_id"), Meeting.Format.valueOf(rs.getString("format")),
                rs.getTimestamp("starts_at").toInstant(), ZoneId.of(rs.getString("time_zone")), rs.getInt("duration_minutes"),
                rs.getString("place"), rs.getString("web_link"), Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT),
                rs.getString("calendar_code"), conferenceId, rs.getString("series_month"), instant(rs, "attendance_recorded_at"),
                instant(rs, "minutes_written_at"), instant(rs, "approved_at"), approvedInId, instant(rs, "invitations_sent_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

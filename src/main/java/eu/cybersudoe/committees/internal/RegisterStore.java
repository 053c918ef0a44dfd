package eu.cybersudoe.committees.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The decision register and the action items, in the module's own tables. */
@Component
public class RegisterStore {

    private static final String DECISIONS = """
            select id, group_id, decision_number, meeting_id, agenda_item_id, text, decided_on, mode, votes_for, votes_against,
                abstentions from committee_decision""" + " ";
    private static final String ACTIONS = """
            select id, meeting_id, agenda_item_id, title, owner_id, owner_partner_id, due_on, status, reminded_on
            from committee_action""" + " ";

    private final JdbcClient jdbc;

    RegisterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the decision with the committee's next number, which it returns; the unique key refuses a number taken twice. */
    int addDecision(long groupId, long meetingId, Long agendaItemId, String text, LocalDate decidedOn, Decision.Mode mode,
                    Integer votesFor, Integer votesAgainst, Integer abstentions) {
        int number = jdbc.sql("select coalesce(max(decision_number), 0) + 1 from committee_decision where group_id = ?")
                .param(groupId).query(Integer.class).single();
        jdbc.sql("""
                        insert into committee_decision (group_id, decision_number, meeting_id, agenda_item_id, text, decided_on, mode,
                            votes_for, votes_against, abstentions) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(groupId, number, meetingId, agendaItemId, text, Date.valueOf(decidedOn), mode.name(), votesFor,
                        votesAgainst, abstentions).update();
        return number;
    }

    public List<Decision> decisionsOfGroup(long groupId) {
        return jdbc.sql(DECISIONS + " where group_id = ? order by decision_number").param(groupId).query(RegisterStore::decision).list();
    }

    public List<Decision> decisionsOfMeeting(long meetingId) {
        return jdbc.sql(DECISIONS + " where meeting_id = ? order by decision_number").param(meetingId).query(RegisterStore::decision).list();
    }

    public Optional<Decision> decision(long groupId, int number) {
        return jdbc.sql(DECISIONS + " where group_id = ? and decision_number = ?").params(groupId, number)
                .query(RegisterStore::decision).optional();
    }

    public Optional<Decision> decision(long id) {
        return jdbc.sql(DECISIONS + " where id = ?").param(id).query(RegisterStore::decision).optional();
    }

    void addAction(long meetingId, Long agendaItemId, String title, long ownerId, String ownerPartnerId, LocalDate dueOn, Instant now) {
        jdbc.sql("""
                        insert into committee_action (meeting_id, agenda_item_id, title, owner_id, owner_partner_id, due_on, status,
                            created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(meetingId, agendaItemId, title, ownerId, ownerPartnerId, Date.valueOf(dueOn), Timestamp.from(now),
                        Timestamp.from(now)).update();
    }

    public List<ActionItem> actionsOfMeeting(long meetingId) {
        return jdbc.sql(ACTIONS + " where meeting_id = ? order by due_on, id").param(meetingId).query(RegisterStore::action).list();
    }

    /** A person's actions, the open ones first, by due date. */
    public List<ActionItem> actionsOf(long ownerId, int offset, int limit) {
        return jdbc.sql(ACTIONS + """
                         where owner_id = ? order by case when status in ('OPEN', 'IN_PROGRESS') then 0 else 1 end, due_on, id
                         limit ? offset ?""").params(ownerId, limit, offset).query(RegisterStore::action).list();
    }

    public int countActionsOf(long ownerId) {
        return jdbc.sql("select count(*) from committee_action where owner_id = ?").param(ownerId).query(Integer.class).single();
    }

    public Optional<ActionItem> action(long id) {
        return jdbc.sql(ACTIONS + " where id = ?").param(id).query(RegisterStore::action).optional();
    }

    boolean setStatus(long actionId, ActionItem.Status status, Instant now) {
        return jdbc.sql("update committee_action set status = ?, updated_at = ? where id = ?")
                .params(status.name(), Timestamp.from(now), actionId).update() == 1;
    }

    /** Open actions due by a day that were not reminded since the day given. */
    List<ActionItem> toRemind(LocalDate dueBy, LocalDate notRemindedSince) {
        return jdbc.sql(ACTIONS + """
                         where status in ('OPEN', 'IN_PROGRESS') and due_on <= ? and (reminded_on is null or reminded_on <= ?)
                         order by id""").params(Date.valueOf(dueBy), Date.valueOf(notRemindedSince)).query(RegisterStore::action).list();
    }

    /** Claims the action's reminder for the day: false when another node (or run) did. */
    boolean claimReminder(long actionId, LocalDate today, LocalDate notRemindedSince) {
        return jdbc.sql("""
                        update committee_action set reminded_on = ? where id = ? and status in ('OPEN', 'IN_PROGRESS')
                            and (reminded_on is null or reminded_on <= ?)""")
                .params(Date.valueOf(today), actionId, Date.valueOf(notRemindedSince)).update() == 1;
    }

    /** Open actions whose due date is before the day. */
    public List<ActionItem> overdue(LocalDate day) {
        return jdbc.sql(ACTIONS + " where status in ('OPEN', 'IN_PROGRESS') and due_on < ? order by due_on, id")
                .param(Date.valueOf(day)).query(RegisterStore::action).list();
    }

    private static Decision decision(ResultSet rs, int n) throws SQLException {
        long item = rs.getLong("agenda_item_id");
        Long itemId = rs.wasNull() ? null : item;
        return new Decision(rs.getLong("id"), rs.getLong("group_id"), rs.getInt("decision_number"), rs.getLong("meeting_id"), itemId,
                rs.getString("text"), rs.getDate("decided_on").toLocalDate(), Decision.Mode.valueOf(rs.getString("mode")),
                integer(rs, "votes_for"), integer(rs, "votes_against"), integer(rs, "abstentions"));
    }

    private static ActionItem action(ResultSet rs, int n) throws SQLException {
        long item = rs.getLong("agenda_item_id");
        Long itemId = rs.wasNull() ? null : item;
        Date reminded = rs.getDate("reminded_on");
        return new ActionItem(rs.getLong("id"), rs.getLong("meeting_id"), itemId, rs.getString("title"), rs.getLong("owner_id"),
                rs.getString("owner_partner_id"), rs.getDate("due_on").toLocalDate(), ActionItem.Status.valueOf(rs.getString("status")),
                reminded == null ? null : reminded.toLocalDate());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}

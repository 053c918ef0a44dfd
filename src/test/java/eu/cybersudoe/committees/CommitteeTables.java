package eu.cybersudoe.committees;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** Empties the committees' tables before a test plans its own year, children first. */
public final class CommitteeTables {

    private CommitteeTables() {
    }

    public static void empty(JdbcClient jdbc) {
        for (String table : List.of("committee_agenda_document", "committee_meeting_edition", "committee_deliverable",
                "committee_action", "committee_decision", "committee_guest", "committee_invitation", "committee_agenda_item")) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("update committee_meeting set approved_in_id = null").update();
        jdbc.sql("delete from committee_meeting").update();
        jdbc.sql("delete from committee_membership").update();
    }
}

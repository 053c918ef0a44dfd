package eu.cybersudoe.committees.internal;

import eu.cybersudoe.shared.files.FileKind;
import eu.cybersudoe.shared.files.FileStore;
import eu.cybersudoe.shared.files.StoredFile;
import eu.cybersudoe.shared.files.UploadGuard;
import eu.cybersudoe.shared.files.UploadRefused;
import eu.cybersudoe.shared.files.UploadUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The documents attached to a meeting's agenda items (the papers the committee reads before it
 * meets): checked by the {@link UploadGuard} by their content, kept in the {@link FileStore}.
 * Whoever runs the group attaches them until the minutes are approved; the group's members read
 * them, and everyone else once the minutes are approved and published.
 */
@Component
public class AgendaDocuments {

    /** Papers: PDF, Word, Excel or a picture, 20 MB at most. */
    public static final UploadUse PAPERS = UploadUse.of("committee-documents", DataSize.ofMegabytes(20),
            FileKind.PDF, FileKind.DOCX, FileKind.XLSX, FileKind.PNG, FileKind.JPEG);

    /** A document attached to an agenda item. */
    public record Document(long id, long meetingId, long agendaItemId, String key, String fileName, FileKind kind, long size) {
    }

    private final JdbcClient jdbc;
    private final MeetingStore meetings;
    private final GroupRights rights;
    private final UploadGuard guard;
    private final FileStore files;
    private final Clock clock;

    AgendaDocuments(JdbcClient jdbc, MeetingStore meetings, GroupRights rights, UploadGuard guard, FileStore files, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.rights = rights;
        this.guard = guard;
        this.files = files;
        this.clock = clock;
    }

    /**
     * Attaches a document to an agenda item of the meeting.
     *
     * @param fileName the name the file came with
     * @param content  the file's bytes, read once; the caller closes it
     */
    @Transactional
    public Outcome attach(Meeting meeting, Person person, long agendaItemId, String fileName, InputStream content) {
        if (!rights.runs(meeting.groupId(), person)) {
            return Outcome.refused("committees.refused.notRunning");
        }
        if (meeting.approved()) {
            return Outcome.refused("committees.refused.approved");
        }
        if (meetings.agenda(meeting.id()).stream().noneMatch(i -> i.id() == agendaItemId)) {
            return Outcome.refusedOn("agendaItemId", "committees.refused.unknownItem");
        }
        if (content == null) {
            return Outcome.refusedOn("file", "committees.document.missing");
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        UploadGuard.Admitted admitted;
        try {
            admitted = guard.admit(PAPERS, name, content);
        } catch (UploadRefused refused) {
            return Outcome.refusedOn("file", refused.messageKey(), refused.arguments().toArray());
        }
        StoredFile stored = admitted.file();
        jdbc.sql("""
                        insert into committee_agenda_document (meeting_id, agenda_item_id, file_key, file_name, kind, size_bytes,
                            uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(meeting.id(), agendaItemId, stored.key(), clip(stored.fileName()), admitted.kind().name(), stored.size(),
                        person.accountId(), Timestamp.from(clock.instant()))
                .update();
        return Outcome.done("committees.document.attached");
    }

    /** Removes a document from the agenda, and its file from the store. */
    @Transactional
    public Outcome remove(Meeting meeting, Person person, long documentId) {
        if (!rights.runs(meeting.groupId(), person)) {
            return Outcome.refused("committees.refused.notRunning");
        }
        if (meeting.approved()) {
            return Outcome.refused("committees.refused.approved");
        }
        Optional<Document> document = find(meeting.id(), documentId);
        if (document.isEmpty()) {
            return Outcome.refused("committees.document.unknown");
        }
        jdbc.sql("delete from committee_agenda_document where id = ?").param(documentId).update();
        files.delete(document.get().key());
        return Outcome.done("committees.document.removed");
    }

    /** The meeting's documents, by agenda item then upload. */
    public List<Document> of(long meetingId) {
        return jdbc.sql("""
                        select id, meeting_id, agenda_item_id, file_key, file_name, kind, size_bytes from committee_agenda_document
                        where meeting_id = ? order by agenda_item_id, id""")
                .param(meetingId).query(AgendaDocuments::document).list();
    }

    public Optional<Document> find(long meetingId, long documentId) {
        return jdbc.sql("""
                        select id, meeting_id, agenda_item_id, file_key, file_name, kind, size_bytes from committee_agenda_document
                        where meeting_id = ? and id = ?""")
                .params(meetingId, documentId).query(AgendaDocuments::document).optional();
    }

    /** Whether the person may read the meeting's documents: the group's members, and everyone once the minutes are approved. */
    public boolean readable(Meeting meeting, Person person) {
        return meeting.approved() || rights.readsAll(meeting.groupId(), person);
    }

    /** Opens a document's file; the caller closes it. */
    public InputStream open(Document document) {
        return files.open(document.key());
    }

    private static String clip(String name) {
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    private static Document document(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Document(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("agenda_item_id"), rs.getString("file_key"),
                rs.getString("file_name"), FileKind.valueOf(rs.getString("kind")), rs.getLong("size_bytes"));
    }
}

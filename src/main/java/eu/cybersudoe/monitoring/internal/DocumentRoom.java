package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.EvaluationDocuments;
import eu.cybersudoe.monitoring.EvaluationDocuments.Document;
import eu.cybersudoe.monitoring.EvaluationDocuments.DocumentFile;
import eu.cybersudoe.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The evaluator's document room (MON-3): the documents of every {@link EvaluationDocuments} bean,
 * opened on request, each access logged with who and when.
 */
@Service
public class DocumentRoom {

    /** How a document was opened. */
    public enum Action { VIEW, DOWNLOAD }

    /** A document of the room with the collection it comes from. */
    public record Listed(String collection, Document document) {
    }

    /** A logged access. */
    public record Access(String collection, String key, String title, Action action, long accountId, String accountName,
                         Instant at) {
    }

    private final ObjectProvider<EvaluationDocuments> collections;
    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentRoom(ObjectProvider<EvaluationDocuments> collections, JdbcClient jdbc, Clock clock) {
        this.collections = collections;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every document of every collection, the latest first. */
    public List<Listed> documents() {
        return collections.orderedStream().filter(c -> EvaluationDocuments.CODE.matcher(c.collection()).matches())
                .flatMap(c -> c.documents().stream().map(d -> new Listed(c.collection(), d)))
                .sorted(Comparator.comparing((Listed l) -> l.document().date()).reversed()
                        .thenComparing(Listed::collection).thenComparing(l -> l.document().key()))
                .toList();
    }

    /**
     * Opens a document and logs the access; nothing is logged when there is no such document.
     *
     * @param language the reader's language (titles in the log and documents written on request)
     */
    @Transactional
    public Optional<DocumentFile> open(String collection, String key, Action action, long accountId, String accountName,
                                       Language language) {
        Optional<EvaluationDocuments> source = collections.orderedStream().filter(c -> c.collection().equals(collection)).findFirst();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Optional<Document> document = source.get().documents().stream().filter(d -> d.key().equals(key)).findFirst();
        if (document.isEmpty()) {
            return Optional.empty();
        }
        Optional<DocumentFile> file = source.get().open(key, language);
        file.ifPresent(f -> jdbc.sql("""
                        insert into monitoring_document_access (source, document_key, title, action, account_id, account_name, accessed_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(collection, key, truncated(document.get().title().in(language).text(), 500), action.name(), accountId,
                        truncated(accountName, 200), Timestamp.from(clock.instant()))
                .update());
        return file;
    }

    /** The latest accesses, the latest first. */
    public List<Access> log(int limit) {
        return jdbc.sql("""
                        select source, document_key, title, action, account_id, account_name, accessed_at
                        from monitoring_document_access order by accessed_at desc, id desc limit ?""")
                .param(limit)
                .query((rs, n) -> new Access(rs.getString(1), rs.getString(2), rs.getString(3), Action.valueOf(rs.getString(4)),
                        rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    private static String truncated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

package eu.cybersudoe.monitoring;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Documents a module hands to the external evaluator (MON-3): its reports, minutes, evidence. A
 * module implements this interface as a Spring bean; monitoring lists the documents of every such
 * bean in the evaluator's document room, opens them on request and logs each access, without ever
 * naming the module.
 */
public interface EvaluationDocuments {

    /** Lower-case letters, digits and hyphens: the collection's code. */
    Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A stable code naming this collection in links and in the access log (lower-case letters, digits, hyphens). */
    String collection();

    /** The collection's documents as they stand now, in the order the room shows them. */
    List<Document> documents();

    /**
     * A document's content, or empty when the collection has no such document (any more).
     *
     * @param key      the document's key in {@link #documents()}
     * @param language the reader's language, for documents written on request
     */
    Optional<DocumentFile> open(String key, Language language);

    /**
     * A document of the room.
     *
     * @param key      its key within the collection (letters, digits, hyphens, dots)
     * @param title    what it is, in the four languages
     * @param category the kind of document (minutes, evidence, edition…), in the four languages
     * @param date     the day it refers to
     */
    record Document(String key, LocalizedText title, LocalizedText category, LocalDate date) {

        private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,199}");

        public Document {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(date, "date");
            if (key == null || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("A document key is letters, digits, hyphens and dots: " + key);
            }
        }
    }

    /** A document's file. */
    record DocumentFile(String fileName, String contentType, byte[] content) {

        public DocumentFile {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}

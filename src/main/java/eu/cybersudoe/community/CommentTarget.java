package eu.cybersudoe.community;

import eu.cybersudoe.shared.Language;

import java.util.Optional;
import java.util.Set;

/**
 * Items of another module that take comments (conferences, newsletter issues…). The module
 * declares one bean per kind of item; community finds them at run time and never names the
 * module: a comment is refused for an item no target knows or does not show publicly.
 */
public interface CommentTarget {

    /** The stable kind of item, such as {@code conference}: a short lower-case code. */
    String kind();

    /** The item as the public sees it now, or empty when it does not exist or is not public. */
    Optional<Commented> find(String id, Language language);

    /**
     * An item that takes comments.
     *
     * @param title    its title in the reader's language (or the language it has)
     * @param path     its page within the site, after the language, such as {@code /conferences/12}
     * @param partners the partners whose staff answer for the item (its organiser, its author…): they moderate its
     *                 comments and may mute a commenter in its thread, as network admins do; empty when only
     *                 network admins do
     */
    record Commented(String title, String path, Set<String> partners) {

        public Commented {
            partners = partners == null ? Set.of() : Set.copyOf(partners);
        }

        /** An item whose comments only network admins moderate. */
        public Commented(String title, String path) {
            this(title, path, Set.of());
        }
    }

    /** An item's id as the number it must be (at most 18 digits), or empty for anything else a link may carry. */
    static Optional<Long> numericId(String id) {
        return id != null && id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}

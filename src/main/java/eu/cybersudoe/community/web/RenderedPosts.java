package eu.cybersudoe.community.web;

import eu.cybersudoe.community.internal.Post;
import eu.cybersudoe.shared.markdown.MarkdownHtml;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Posts' sanitised HTML, kept in memory by post and version (its last edit), so that a long
 * discussion is not parsed and sanitised again at every reading. An edit makes a new key, so
 * every node shows the new text at once; the map is emptied when it grows too large.
 */
@Component
class RenderedPosts {

    static final int MAX_KEPT = 20_000;

    private final Map<String, String> html = new ConcurrentHashMap<>();

    String of(Post post) {
        String key = post.id() + ":" + (post.editedAt() == null ? "" : post.editedAt().toEpochMilli());
        String rendered = html.get(key);
        if (rendered == null) {
            if (html.size() >= MAX_KEPT) {
                html.clear();
            }
            rendered = MarkdownHtml.userHtml(post.body());
            html.put(key, rendered);
        }
        return rendered;
    }
}

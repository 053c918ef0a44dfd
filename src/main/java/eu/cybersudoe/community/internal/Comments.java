package eu.cybersudoe.community.internal;

import eu.cybersudoe.community.CommentTarget;
import eu.cybersudoe.community.CommentThreads;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.markdown.MarkdownHtml;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * Comments under other modules' items: the {@link CommentTarget} beans say which items exist and
 * are public, and the thread is a discussion of kind comments, with the rules of every post.
 */
@Service
public class Comments implements CommentThreads {

    private final CommentItems items;
    private final Discussions discussions;
    private final Community community;

    Comments(CommentItems items, Discussions discussions, Community community) {
        this.items = items;
        this.discussions = discussions;
        this.community = community;
    }

    /** The item commented, when a target knows it and shows it publicly. */
    public Optional<CommentTarget.Commented> target(String kind, String id, Language language) {
        return items.find(kind, id, language);
    }

    @Override
    public Thread thread(String kind, String id, Language language, SignedInUser reader) {
        Optional<Discussion> discussion = discussions.ofTarget(kind, id);
        boolean moderator = discussion.map(d -> community.moderates(d, reader))
                .orElseGet(() -> reader != null && reader.role() == Role.NETWORK_ADMIN);
        List<Comment> comments = discussion.map(d -> discussions.posts(d.id())).orElse(List.of()).stream()
                .filter(p -> p.status() != PostStatus.HIDDEN && p.status() != PostStatus.PENDING || moderator
                        || reader != null && p.by(reader.accountId()))
                .map(p -> comment(p, reader, moderator))
                .toList();
        boolean mayPost = reader != null && !community.mutedInThread(kind, id, reader.accountId());
        return new Thread(kind, id, comments, mayPost, moderator);
    }

    private static Comment comment(Post p, SignedInUser reader, boolean moderator) {
        boolean own = reader != null && p.by(reader.accountId());
        boolean shown = p.status() == PostStatus.VISIBLE
                || (p.status() == PostStatus.PENDING || p.status() == PostStatus.HIDDEN) && (moderator || own);
        return new Comment(p.id(), p.authorName(), p.language(), shown ? MarkdownHtml.userHtml(p.body()) : null,
                p.status().key(), p.createdAt(), own, p.reports(), p.authorId() != null && !own);
    }

    /** Posts a comment under an item a target knows. */
    public long comment(String kind, String id, Author author, String body, Language language) {
        CommentTarget.Commented item = target(kind, id, language)
                .orElseThrow(() -> new CommunityRefused("community.refused.notFound"));
        return community.comment(kind, id, item.title(), author, body, language);
    }
}

package eu.cybersudoe.community.internal;

import eu.cybersudoe.community.CommentTarget;
import eu.cybersudoe.community.CommentThreads;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.markdown.MarkdownHtml;
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

    private final List<CommentTarget> targets;
    private final Discussions discussions;
    private final Community community;

    Comments(List<CommentTarget> targets, Discussions discussions, Community community) {
        this.targets = targets;
        this.discussions = discussions;
        this.community = community;
    }

    /** The item commented, when a target knows it and shows it publicly. */
    public Optional<CommentTarget.Commented> target(String kind, String id, Language language) {
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst().flatMap(t -> t.find(id, language));
    }

    @Override
    public Thread thread(String kind, String id, Language language, SignedInUser reader) {
        List<Comment> comments = discussions.ofTarget(kind, id).map(d -> discussions.posts(d.id())).orElse(List.of()).stream()
                .filter(p -> p.status() == PostStatus.VISIBLE || reader != null && p.by(reader.accountId())
                        || p.status() == PostStatus.DELETED || p.status() == PostStatus.ERASED)
                .map(p -> new Comment(p.id(), p.authorName(), p.language(),
                        p.status() == PostStatus.VISIBLE || p.status() == PostStatus.PENDING ? MarkdownHtml.userHtml(p.body()) : null,
                        p.status().key(), p.createdAt(), reader != null && p.by(reader.accountId())))
                .toList();
        return new Thread(kind, id, comments, reader != null);
    }

    /** Posts a comment under an item a target knows. */
    public long comment(String kind, String id, Author author, String body, Language language) {
        CommentTarget.Commented item = target(kind, id, language)
                .orElseThrow(() -> new CommunityRefused("community.refused.notFound"));
        return community.comment(kind, id, item.title(), author, body, language);
    }
}

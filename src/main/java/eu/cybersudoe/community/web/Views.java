package eu.cybersudoe.community.web;

import eu.cybersudoe.community.internal.Discussion;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.community.internal.Group;
import eu.cybersudoe.community.internal.Post;
import eu.cybersudoe.community.internal.PostStatus;
import eu.cybersudoe.shared.markdown.MarkdownHtml;

import java.time.Instant;
import java.util.List;

/** What the community's pages show, built from the domain records. */
public final class Views {

    private Views() {
    }

    /** A group in the list, with its number of members and whether the reader belongs to it. */
    public record GroupCard(Group group, long members, String membership) {
    }

    /** A discussion in a group's list. */
    public record DiscussionLine(Discussion discussion, boolean answered) {
    }

    /**
     * A post waiting for a decision, with its discussion and the reasons it was reported for.
     *
     * @param path where the post is shown, after the language: its discussion, or the commented item
     */
    public record Awaiting(PostView post, long discussionId, String discussionTitle, Long groupId, List<String> reasons, String path) {
    }

    /** Where a discussion's posts are shown, after the language: its page, or for comments the commented item's. */
    static String path(Discussion discussion) {
        return discussion.groupId() != null ? "/community/discussions/" + discussion.id()
                : "/community/comments/" + discussion.targetKind() + "/" + discussion.targetId();
    }

    /** An earlier version of a post; {@code title}, the discussion's title then when its author changed it since, or null. */
    public record VersionView(String html, String language, String title, Instant writtenAt) {
    }

    /** The post a reply quotes: its author and the start of its text. */
    public record QuoteView(long id, String authorName, String excerpt) {
    }

    /**
     * A post as the discussion page shows it.
     *
     * @param html     the sanitised HTML, or null when the text is not shown to this reader
     * @param state    the post's state key (visible, pending, hidden, deleted, erased)
     * @param heldFor  why it waits or is hidden, as a key suffix, or null
     * @param own      whether the reader wrote it
     * @param helped   whether the exchange's author marked it as the answer that helped
     */
    public record PostView(long id, Long authorId, String authorName, String country, String language, String html, String state,
                           String heldFor, Instant at, Instant editedAt, List<VersionView> versions, QuoteView quote,
                           boolean own, boolean helped, int reports) {
    }

    static PostView post(Post post, boolean showHidden, long reader, Long helpedPostId, Discussions discussions,
                         RenderedPosts rendered) {
        boolean textShown = post.status() == PostStatus.VISIBLE
                || (post.status() == PostStatus.PENDING || post.status() == PostStatus.HIDDEN) && (showHidden || post.by(reader));
        List<VersionView> versions = textShown && post.editedAt() != null ? discussions.versions(post.id()).stream()
                .map(v -> new VersionView(MarkdownHtml.userHtml(v.body()), v.language(), v.title(), v.writtenAt())).toList() : List.of();
        QuoteView quote = post.quotedPostId() == null ? null : discussions.post(post.quotedPostId())
                .filter(q -> q.status() == PostStatus.VISIBLE)
                .map(q -> new QuoteView(q.id(), q.authorName(), excerpt(q.body()))).orElse(null);
        return new PostView(post.id(), post.authorId(), post.authorName(), post.country(), post.language(),
                textShown ? rendered.of(post) : null, post.status().key(),
                post.heldFor() == null ? null : post.heldFor().toLowerCase(java.util.Locale.ROOT), post.createdAt(), post.editedAt(),
                versions, quote, post.by(reader), helpedPostId != null && helpedPostId == post.id(), post.reports());
    }

    static String excerpt(String markdown) {
        String text = MarkdownHtml.text(markdown).strip().replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}

package eu.cybersudoe.community.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.community.ExchangeDesk;
import eu.cybersudoe.community.ExchangeReferred;
import eu.cybersudoe.companies.CompanyActivityRecorded;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.markdown.MarkdownHtml;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.RateLimiter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What members, moderators and staff do in the community. Each move checks the rules (member of
 * the group, not muted, within the rate limit, moderator of that group…), writes, and publishes
 * what follows after the commit: notifications of a visible post, notices of moderation
 * decisions, the registry's timeline entry, a mission request.
 */
@Service
@Transactional
public class Community {

    /** The longest title of a discussion. */
    public static final int TITLE_MAX = 200;

    /** Kind of the registry's timeline entry for a company's post. */
    public static final String CONTRIBUTION = "community.forum-contribution";

    /** A post became visible: its followers are told after the commit. */
    public record PostPublished(long postId) {
    }

    /** A post waits for a moderator's approval: the group's moderators are told after the commit. */
    public record PostHeld(long postId) {
    }

    /** A moderator decided about a post or a member: the member is told after the commit. */
    public record ModerationDecided(long entryId) {
    }

    /** A new discussion or exchange; {@code exchangeKind} null for a plain discussion. */
    public record NewDiscussion(String title, String body, Language language, Discussion.ExchangeKind exchangeKind) {
    }

    /** A moderator's decision about a post. */
    public enum Decision { APPROVE, HIDE, RESTORE, DELETE }

    private final Groups groups;
    private final Discussions discussions;
    private final ModerationLog log;
    private final Follows follows;
    private final CommentItems items;
    private final AccountDirectory accounts;
    private final ObjectProvider<ExchangeDesk> desk;
    private final RateLimiter limiter;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final int postsPerWindow;
    private final Duration postWindow;
    private final int reportThreshold;
    private final int trustedAfter;

    Community(Groups groups, Discussions discussions, ModerationLog log, Follows follows, CommentItems items, AccountDirectory accounts,
              ObjectProvider<ExchangeDesk> desk, RateLimiter limiter, ApplicationEventPublisher events, MessageSource messages,
              Clock clock,
              @Value("${cybersudoe.community.posts-per-window:6}") int postsPerWindow,
              @Value("${cybersudoe.community.post-window:PT10M}") Duration postWindow,
              @Value("${cybersudoe.community.report-threshold:3}") int reportThreshold,
              @Value("${cybersudoe.community.trusted-after:3}") int trustedAfter) {
        this.groups = groups;
        this.discussions = discussions;
        this.log = log;
        this.follows = follows;
        this.items = items;
        this.accounts = accounts;
        this.desk = desk;
        this.limiter = limiter;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.postsPerWindow = postsPerWindow;
        this.postWindow = postWindow;
        this.reportThreshold = reportThreshold;
        this.trustedAfter = trustedAfter;
    }

    // Groups and membership

    /** A group staff create (the theme groups are made at start). */
    public long createGroup(LocalizedText name, LocalizedText description, boolean openToAll, SignedInUser admin) {
        if (admin.role() != Role.NETWORK_ADMIN) {
            throw new CommunityRefused("community.refused.notAdmin");
        }
        return groups.insert(null, name, description, openToAll, clock.instant());
    }

    /** A network admin changes a group's name and description (in any of the languages) and how it is joined. */
    public void renameGroup(long groupId, LocalizedText name, LocalizedText description, boolean openToAll, SignedInUser admin) {
        if (admin.role() != Role.NETWORK_ADMIN) {
            throw new CommunityRefused("community.refused.notAdmin");
        }
        group(groupId);
        groups.update(groupId, name, description, openToAll);
    }

    /** Joins an open group at once, or asks to join one by request. */
    public Membership join(long groupId, Author author) {
        Group group = group(groupId);
        if (!author.mayTakePart()) {
            throw new CommunityRefused("community.refused.role");
        }
        Optional<Membership> existing = groups.membership(groupId, author.accountId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Membership.Status status = group.openToAll() ? Membership.Status.ACTIVE : Membership.Status.REQUESTED;
        groups.putMember(groupId, author.accountId(), author.name(), status, false, clock.instant());
        if (status == Membership.Status.ACTIVE) {
            follows.followGroup(author.accountId(), groupId, clock.instant());
        }
        return groups.membership(groupId, author.accountId()).orElseThrow();
    }

    public void leave(long groupId, long accountId) {
        groups.removeMember(groupId, accountId);
        follows.stopGroup(accountId, groupId);
    }

    /** A moderator accepts or refuses a request to join. */
    public void decideRequest(long groupId, long accountId, boolean accept, SignedInUser moderator) {
        requireModerator(groupId, moderator);
        Membership request = groups.membership(groupId, accountId).filter(m -> !m.active())
                .orElseThrow(() -> new CommunityRefused("community.refused.noRequest"));
        if (accept) {
            groups.putMember(groupId, accountId, request.displayName(), Membership.Status.ACTIVE, false, clock.instant());
            follows.followGroup(accountId, groupId, clock.instant());
        } else {
            groups.removeMember(groupId, accountId);
        }
    }

    /** A network admin makes a member a moderator of the group, or no longer one. */
    public void appoint(long groupId, long accountId, boolean moderator, SignedInUser admin) {
        if (admin.role() != Role.NETWORK_ADMIN) {
            throw new CommunityRefused("community.refused.notAdmin");
        }
        Membership member = groups.membership(groupId, accountId).filter(Membership::active)
                .orElseThrow(() -> new CommunityRefused("community.refused.notMember"));
        groups.putMember(groupId, accountId, member.displayName(), Membership.Status.ACTIVE, moderator, clock.instant());
    }

    // Posting

    public long startDiscussion(long groupId, Author author, NewDiscussion typed) {
        Group group = group(groupId);
        mayPostIn(group.id(), author);
        Instant now = clock.instant();
        boolean exchange = typed.exchangeKind() != null;
        if (exchange && author.company() == null && !author.staff()) {
            throw new CommunityRefused("community.refused.exchangeNeedsCompany");
        }
        long discussion = discussions.insert(new Discussion(0, groupId, null, null,
                exchange ? Discussion.Kind.EXCHANGE : Discussion.Kind.DISCUSSION, typed.title().strip(), typed.exchangeKind(),
                group.themeCode(), author.country(), author.size(), author.company() == null ? null : author.company().value(),
                author.accountId(), author.partnerId(), typed.language().code(), null, null, now, now));
        write(discussion, typed.title().strip(), author, typed.body(), typed.language(), null, now);
        return discussion;
    }

    public long reply(long discussionId, Author author, String body, Language language, Long quoted) {
        Discussion discussion = discussion(discussionId);
        if (discussion.groupId() == null) {
            throw new CommunityRefused("community.refused.notFound");
        }
        mayPostIn(discussion.groupId(), author);
        Long quote = quoted == null ? null : discussions.post(quoted).filter(p -> p.discussionId() == discussionId)
                .filter(p -> p.status() == PostStatus.VISIBLE).map(Post::id).orElse(null);
        return write(discussionId, discussion.title(), author, body, language, quote, clock.instant());
    }

    /** A comment under another module's item; the thread is made with the first comment. */
    public long comment(String kind, String targetId, String title, Author author, String body, Language language) {
        if (mutedInThread(kind, targetId, author.accountId())) {
            throw new CommunityRefused("community.refused.mutedInThread");
        }
        withinRateLimit(author);
        Instant now = clock.instant();
        long discussion = discussions.ofTarget(kind, targetId).map(Discussion::id).orElseGet(() -> discussions.insert(
                new Discussion(0, null, kind, targetId, Discussion.Kind.COMMENTS, title, null, null, null, null, null, null, null,
                        language.code(), null, null, now, now)));
        return write(discussion, title, author, body, language, null, now);
    }

    private long write(long discussionId, String title, Author author, String body, Language language, Long quoted, Instant now) {
        String text = body == null ? "" : body.strip();
        PostStatus status = PostStatus.VISIBLE;
        String heldFor = null;
        if (!author.staff()) {
            long visible = discussions.visibleBy(author.accountId());
            if (visible == 0) {
                status = PostStatus.PENDING;
                heldFor = "FIRST_POST";
            } else if (visible < trustedAfter && MarkdownHtml.hasLinks(text)) {
                status = PostStatus.PENDING;
                heldFor = "LINKS";
            }
        }
        long post = discussions.insertPost(discussionId, author, language.code(), text, quoted, status, heldFor, now);
        discussions.touch(discussionId, now);
        follows.followDiscussion(author.accountId(), discussionId, now);
        if (status == PostStatus.VISIBLE) {
            events.publishEvent(new PostPublished(post));
        } else {
            events.publishEvent(new PostHeld(post));
        }
        if (author.company() != null && author.role() == Role.COMPANY_USER) {
            events.publishEvent(new CompanyActivityRecorded(author.company(), CONTRIBUTION, author.partnerId(), now,
                    contribution(title), "/community/discussions/" + discussionId));
        }
        return post;
    }

    private LocalizedText contribution(String title) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, messages.getMessage("community.timeline.contribution", new Object[]{title}, language.locale()));
        }
        return new LocalizedText(texts, Language.DEFAULT);
    }

    /** The author changes the text or its language; the earlier text stays in the post's history. */
    public void edit(long postId, Author author, String body, Language language) {
        edit(postId, author, body, language, null);
    }

    /**
     * The author changes the text or its language and, for the opening post of a discussion, its title ({@code title}
     * null: unchanged); the earlier text and title stay in the post's history.
     */
    public void edit(long postId, Author author, String body, Language language, String title) {
        Post post = discussions.post(postId).filter(p -> p.by(author.accountId()))
                .orElseThrow(() -> new CommunityRefused("community.refused.notYours"));
        if (post.status() == PostStatus.DELETED || post.status() == PostStatus.ERASED || post.status() == PostStatus.HIDDEN) {
            throw new CommunityRefused("community.refused.notEditable");
        }
        String text = body == null ? "" : body.strip();
        Discussion discussion = discussion(post.discussionId());
        boolean opening = discussion.groupId() != null
                && discussions.opening(discussion.id()).filter(o -> o.id() == postId).isPresent();
        String newTitle = opening && title != null ? title.strip() : discussion.title();
        if (newTitle.isEmpty() || newTitle.length() > TITLE_MAX) {
            throw new CommunityRefused("community.refused.title");
        }
        boolean retitled = !newTitle.equals(discussion.title());
        discussions.edit(post, text, language.code(), retitled ? discussion.title() : null, clock.instant());
        if (opening) {
            discussions.retitle(discussion.id(), newTitle, language.code());
        }
        if (!author.staff() && post.status() == PostStatus.VISIBLE && MarkdownHtml.hasLinks(text)
                && discussions.visibleBy(author.accountId()) <= trustedAfter) {
            discussions.setStatus(postId, PostStatus.PENDING, "LINKS");
            events.publishEvent(new PostHeld(postId));
        }
    }

    /** The author deletes their own post: its text and history go, a notice stays in its place. */
    public void delete(long postId, long accountId) {
        Post post = discussions.post(postId).filter(p -> p.by(accountId))
                .orElseThrow(() -> new CommunityRefused("community.refused.notYours"));
        discussions.clear(post.id(), PostStatus.DELETED);
    }

    /** The author of an exchange marks the answer that helped them. */
    public void markHelped(long discussionId, long postId, long accountId) {
        Discussion discussion = discussion(discussionId);
        if (!discussion.exchange() || discussion.authorId() == null || discussion.authorId() != accountId) {
            throw new CommunityRefused("community.refused.notYourExchange");
        }
        Post post = discussions.post(postId).filter(p -> p.discussionId() == discussionId && p.status() == PostStatus.VISIBLE)
                .filter(p -> !p.by(accountId)).orElseThrow(() -> new CommunityRefused("community.refused.notFound"));
        discussions.markHelped(discussionId, post.id(), clock.instant());
    }

    /** Whether an exchange may be turned into a mission request by this person now. */
    public boolean mayRefer(Discussion discussion, SignedInUser user) {
        return user != null && user.role().isPartnerStaff() && discussion.exchange() && discussion.companyId() != null
                && discussion.referredAt() == null && desk.getIfAvailable() != null;
    }

    /** Partner staff turn a company's exchange into a mission request: {@link ExchangeReferred} is published. */
    public void refer(long discussionId, SignedInUser staff) {
        Discussion discussion = discussion(discussionId);
        if (!mayRefer(discussion, staff) || !discussions.markReferred(discussionId, clock.instant())) {
            throw new CommunityRefused("community.refused.notReferable");
        }
        Post opening = discussions.opening(discussionId).orElseThrow();
        String email = discussion.authorId() == null ? null
                : accounts.account(discussion.authorId()).map(AccountDirectory.AccountCard::email).orElse(null);
        events.publishEvent(new ExchangeReferred(discussionId, new CompanyId(discussion.companyId()),
                discussion.themeCode() == null ? List.of() : List.of(discussion.themeCode()),
                Language.fromCode(discussion.language()).orElse(Language.DEFAULT), email,
                discussion.title() + "\n\n" + MarkdownHtml.text(opening.body()).strip(), staff.accountId(), clock.instant()));
    }

    // Reports and moderation

    /**
     * Someone signed in reports a visible post with a reason; at the threshold of distinct people
     * the post is hidden until a moderator decides.
     *
     * @return whether the post is now hidden
     */
    public boolean report(long postId, long accountId, String reason) {
        Post post = discussions.post(postId).filter(p -> p.status() == PostStatus.VISIBLE)
                .orElseThrow(() -> new CommunityRefused("community.refused.notFound"));
        if (post.by(accountId)) {
            throw new CommunityRefused("community.refused.ownPost");
        }
        if (reason == null || reason.isBlank()) {
            throw new CommunityRefused("community.refused.reason");
        }
        int reports = discussions.report(postId, accountId, reason.strip(), clock.instant());
        if (reports >= reportThreshold) {
            discussions.setStatus(postId, PostStatus.HIDDEN, "REPORTS");
            log.record(discussion(post.discussionId()).groupId(), postId, post.authorId(), null, null,
                    ModerationLog.Action.HIDDEN_BY_REPORTS, String.join(" / ", discussions.reasons(postId)), clock.instant());
            return true;
        }
        return false;
    }

    /**
     * A moderator of the post's group (for a comment, network admins and the staff answering for the commented item)
     * approves, hides, restores or deletes it.
     */
    public void decide(long postId, Decision decision, String reason, SignedInUser moderator) {
        Post post = discussions.post(postId).orElseThrow(() -> new CommunityRefused("community.refused.notFound"));
        Discussion discussion = discussion(post.discussionId());
        if (!moderates(discussion, moderator)) {
            throw new CommunityRefused("community.refused.notModerator");
        }
        if (decision != Decision.APPROVE && (reason == null || reason.isBlank())) {
            throw new CommunityRefused("community.refused.reason");
        }
        PostStatus from = post.status();
        switch (decision) {
            case APPROVE -> {
                requireStatus(from == PostStatus.PENDING);
                discussions.setStatus(postId, PostStatus.VISIBLE, null);
                events.publishEvent(new PostPublished(postId));
            }
            case HIDE -> {
                requireStatus(from == PostStatus.VISIBLE || from == PostStatus.PENDING);
                discussions.setStatus(postId, PostStatus.HIDDEN, "MODERATOR");
            }
            case RESTORE -> {
                requireStatus(from == PostStatus.HIDDEN);
                discussions.setStatus(postId, PostStatus.VISIBLE, null);
            }
            case DELETE -> {
                requireStatus(from != PostStatus.DELETED && from != PostStatus.ERASED);
                discussions.clear(postId, PostStatus.DELETED);
            }
        }
        long entry = log.record(discussion.groupId(), postId, post.authorId(), moderator.accountId(), moderator.displayName(),
                ModerationLog.Action.valueOf(decision.name()), reason == null ? "" : reason.strip(), clock.instant());
        if (post.authorId() != null) {
            events.publishEvent(new ModerationDecided(entry));
        }
    }

    /** A moderator stops a member of their group from posting there for a number of days. */
    public void mute(long groupId, long accountId, int days, String reason, SignedInUser moderator) {
        requireModerator(groupId, moderator);
        requireMuteTerms(days, reason);
        groups.membership(groupId, accountId).orElseThrow(() -> new CommunityRefused("community.refused.notMember"));
        groups.mute(groupId, accountId, clock.instant().plus(Duration.ofDays(days)));
        long entry = log.record(groupId, null, accountId, moderator.accountId(), moderator.displayName(), ModerationLog.Action.MUTE,
                reason.strip() + " (" + days + ")", clock.instant());
        events.publishEvent(new ModerationDecided(entry));
    }

    /**
     * A moderator stops the author of a post from posting for a number of days: in the post's group, or, for a
     * comment, in the commented item's thread.
     */
    public void muteAuthor(long postId, int days, String reason, SignedInUser moderator) {
        Post post = discussions.post(postId).orElseThrow(() -> new CommunityRefused("community.refused.notFound"));
        Discussion discussion = discussion(post.discussionId());
        if (post.authorId() == null || post.by(moderator.accountId())) {
            throw new CommunityRefused("community.refused.state");
        }
        if (discussion.groupId() != null) {
            mute(discussion.groupId(), post.authorId(), days, reason, moderator);
            return;
        }
        if (!moderates(discussion, moderator)) {
            throw new CommunityRefused("community.refused.notModerator");
        }
        requireMuteTerms(days, reason);
        discussions.muteInThread(discussion.id(), post.authorId(), clock.instant().plus(Duration.ofDays(days)));
        long entry = log.record(null, postId, post.authorId(), moderator.accountId(), moderator.displayName(),
                ModerationLog.Action.MUTE, reason.strip() + " (" + days + ")", clock.instant());
        events.publishEvent(new ModerationDecided(entry));
    }

    /** Whether the member may not comment in the item's thread now. */
    public boolean mutedInThread(String kind, String targetId, long accountId) {
        return discussions.ofTarget(kind, targetId)
                .map(d -> discussions.mutedInThread(d.id(), accountId, clock.instant())).orElse(false);
    }

    private static void requireMuteTerms(int days, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CommunityRefused("community.refused.reason");
        }
        if (days < 1 || days > 365) {
            throw new CommunityRefused("community.refused.days");
        }
    }

    /**
     * Whether the person moderates the discussion: the moderators of its group, or for a comment thread the staff of
     * the partners answering for the commented item; network admins everywhere.
     */
    public boolean moderates(Discussion discussion, SignedInUser user) {
        return discussion.groupId() != null ? moderates(discussion.groupId(), user)
                : user != null && (user.role() == Role.NETWORK_ADMIN || items.answersFor(discussion, user));
    }

    /** Whether the person moderates the group ({@code groupId} null: network admins only). */
    public boolean moderates(Long groupId, SignedInUser user) {
        if (user == null) {
            return false;
        }
        if (user.role() == Role.NETWORK_ADMIN) {
            return true;
        }
        return groupId != null && groups.membership(groupId, user.accountId()).filter(Membership::active)
                .map(Membership::moderator).orElse(false);
    }

    /** Whether the person may read the group's discussions: open groups for everyone, the others for members and admins. */
    public boolean mayRead(Group group, SignedInUser user) {
        return group.openToAll() || user != null && (user.role() == Role.NETWORK_ADMIN
                || groups.membership(group.id(), user.accountId()).filter(Membership::active).isPresent());
    }

    private void mayPostIn(long groupId, Author author) {
        if (!author.mayTakePart()) {
            throw new CommunityRefused("community.refused.role");
        }
        if (groups.membership(groupId, author.accountId()).filter(Membership::active).isEmpty()) {
            throw new CommunityRefused("community.refused.notMember");
        }
        if (groups.mutedUntil(groupId, author.accountId(), clock.instant()).isPresent()) {
            throw new CommunityRefused("community.refused.muted");
        }
        withinRateLimit(author);
    }

    private void withinRateLimit(Author author) {
        if (!limiter.tryAcquire("community.post", String.valueOf(author.accountId()), postsPerWindow, postWindow)) {
            throw new CommunityRefused("community.refused.tooFast");
        }
    }

    private void requireModerator(Long groupId, SignedInUser user) {
        if (!moderates(groupId, user)) {
            throw new CommunityRefused("community.refused.notModerator");
        }
    }

    private static void requireStatus(boolean allowed) {
        if (!allowed) {
            throw new CommunityRefused("community.refused.state");
        }
    }

    private Group group(long id) {
        return groups.find(id).orElseThrow(() -> new CommunityRefused("community.refused.notFound"));
    }

    private Discussion discussion(long id) {
        return discussions.find(id).orElseThrow(() -> new CommunityRefused("community.refused.notFound"));
    }
}

package eu.cybersudoe.community.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Discussions, posts, their earlier versions and reports, in the community's tables. */
@Repository
public class Discussions {

    /** The columns of a post and its discussion's group, as read by {@link #post}. */
    private static final String POST = "select p.* from community_post p ";

    private final JdbcClient jdbc;

    Discussions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Discussion d) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into community_discussion (group_id, target_kind, target_id, kind, title, exchange_kind, theme_code,
                            country, size_class, company_id, author_id, partner_id, language, created_at, last_post_at)
                        values (:group, :targetKind, :targetId, :kind, :title, :exchangeKind, :theme, :country, :size, :company,
                            :author, :partner, :language, :at, :at)""")
                .param("group", d.groupId()).param("targetKind", d.targetKind()).param("targetId", d.targetId())
                .param("kind", d.kind().name()).param("title", d.title())
                .param("exchangeKind", d.exchangeKind() == null ? null : d.exchangeKind().name())
                .param("theme", d.themeCode()).param("country", d.country()).param("size", d.sizeClass())
                .param("company", d.companyId()).param("author", d.authorId()).param("partner", d.partnerId())
                .param("language", d.language()).param("at", Timestamp.from(d.createdAt())).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Discussion> find(long id) {
        return jdbc.sql("select * from community_discussion where id = ?").param(id).query(Discussions::discussion).optional();
    }

    public Optional<Discussion> ofTarget(String kind, String id) {
        return jdbc.sql("select * from community_discussion where target_kind = ? and target_id = ?").params(kind, id)
                .query(Discussions::discussion).optional();
    }

    /**
     * A page of a group's discussions with a visible post (all of them for its moderators), the
     * reader's language first when asked, or only one language.
     */
    public List<Discussion> ofGroup(long groupId, boolean moderator, String firstLanguage, String onlyLanguage, int offset, int size) {
        return jdbc.sql("""
                        select * from community_discussion d where group_id = :group
                          and (cast(:language as varchar(2)) is null or language = :language)
                          and (:moderator or exists (select 1 from community_post p where p.discussion_id = d.id and p.status = 'VISIBLE'))
                        order by case when language = :first then 0 else 1 end, last_post_at desc, id desc
                        offset :offset rows fetch next :size rows only""")
                .param("group", groupId).param("language", onlyLanguage).param("moderator", moderator)
                .param("first", firstLanguage == null ? "" : firstLanguage).param("offset", offset).param("size", size)
                .query(Discussions::discussion).list();
    }

    public long countOfGroup(long groupId, boolean moderator, String onlyLanguage) {
        return jdbc.sql("""
                        select count(*) from community_discussion d where group_id = :group
                          and (cast(:language as varchar(2)) is null or language = :language)
                          and (:moderator or exists (select 1 from community_post p where p.discussion_id = d.id and p.status = 'VISIBLE'))""")
                .param("group", groupId).param("language", onlyLanguage).param("moderator", moderator)
                .query(Long.class).single();
    }

    public void touch(long discussionId, Instant at) {
        jdbc.sql("update community_discussion set last_post_at = ? where id = ?").params(Timestamp.from(at), discussionId).update();
    }

    public void markHelped(long discussionId, long postId, Instant at) {
        jdbc.sql("update community_discussion set helped_post_id = ?, helped_at = ? where id = ?")
                .params(postId, Timestamp.from(at), discussionId).update();
    }

    /** Records the referral once; false when the exchange was already referred. */
    public boolean markReferred(long discussionId, Instant at) {
        return jdbc.sql("update community_discussion set referred_at = ? where id = ? and referred_at is null")
                .params(Timestamp.from(at), discussionId).update() == 1;
    }

    public void retitle(long discussionId, String title, String language) {
        jdbc.sql("update community_discussion set title = ?, language = ? where id = ?").params(title, language, discussionId).update();
    }

    public long insertPost(long discussionId, Author author, String language, String body, Long quoted, PostStatus status,
                           String heldFor, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into community_post (discussion_id, author_id, author_name, company_id, partner_id, country, language,
                            body, quoted_post_id, status, held_for, reports, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(discussionId, author.accountId(), author.name(), author.company() == null ? null : author.company().value(),
                        author.partnerId(), author.country(), language, body, quoted, status.name(), heldFor, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Post> post(long id) {
        return jdbc.sql(POST + "where p.id = ?").param(id).query(Discussions::post).optional();
    }

    /** The opening post: the discussion's first. */
    public Optional<Post> opening(long discussionId) {
        return jdbc.sql(POST + "where p.discussion_id = ? order by p.created_at, p.id fetch first 1 rows only").param(discussionId)
                .query(Discussions::post).optional();
    }

    /**
     * A page of a discussion's posts after the opening one, oldest first, the reader's language
     * first when asked, or only one language.
     */
    public List<Post> replies(long discussionId, long openingId, String firstLanguage, String onlyLanguage, int offset, int size) {
        return jdbc.sql("""
                        select p.* from community_post p where p.discussion_id = :discussion and p.id <> :opening
                          and (cast(:language as varchar(2)) is null or p.language = :language)
                        order by case when p.language = :first then 0 else 1 end, p.created_at, p.id
                        offset :offset rows fetch next :size rows only""")
                .param("discussion", discussionId).param("opening", openingId).param("language", onlyLanguage)
                .param("first", firstLanguage == null ? "" : firstLanguage).param("offset", offset).param("size", size)
                .query(Discussions::post).list();
    }

    public long countReplies(long discussionId, long openingId, String onlyLanguage) {
        return jdbc.sql("""
                        select count(*) from community_post p where p.discussion_id = :discussion and p.id <> :opening
                          and (cast(:language as varchar(2)) is null or p.language = :language)""")
                .param("discussion", discussionId).param("opening", openingId).param("language", onlyLanguage)
                .query(Long.class).single();
    }

    /** Every post of a discussion, oldest first (comment threads). */
    public List<Post> posts(long discussionId) {
        return jdbc.sql(POST + "where p.discussion_id = ? order by p.created_at, p.id").param(discussionId)
                .query(Discussions::post).list();
    }

    /** The languages the discussion's posts are in. */
    public List<String> languages(long discussionId) {
        return jdbc.sql("select distinct language from community_post where discussion_id = ? order by language")
                .param(discussionId).query(String.class).list();
    }

    public void setStatus(long postId, PostStatus status, String heldFor) {
        jdbc.sql("update community_post set status = ?, held_for = ? where id = ?").params(status.name(), heldFor, postId).update();
    }

    /**
     * Keeps the text as it was in the history, then writes the new one.
     *
     * @param previousTitle for the opening post whose author changes the discussion's title: the title before; else null
     */
    public void edit(Post post, String body, String language, String previousTitle, Instant at) {
        jdbc.sql("insert into community_post_version (post_id, body, language, title, written_at) values (?, ?, ?, ?, ?)")
                .params(post.id(), post.body(), post.language(), previousTitle,
                        Timestamp.from(post.editedAt() == null ? post.createdAt() : post.editedAt()))
                .update();
        jdbc.sql("update community_post set body = ?, language = ?, edited_at = ? where id = ?")
                .params(body, language, Timestamp.from(at), post.id()).update();
    }

    /** A post's earlier versions, latest first. */
    public List<Version> versions(long postId) {
        return jdbc.sql("""
                        select body, language, title, written_at from community_post_version where post_id = ?
                        order by written_at desc, id desc""")
                .param(postId).query((rs, n) -> new Version(rs.getString("body"), rs.getString("language"), rs.getString("title"),
                        rs.getTimestamp("written_at").toInstant())).list();
    }

    /**
     * An earlier version of a post.
     *
     * @param title the discussion's title then, when the version is of the opening post and its author changed the title
     *              afterwards; else null
     */
    public record Version(String body, String language, String title, Instant writtenAt) {
    }

    /** Clears the text of a deleted post and its history. */
    public void clear(long postId, PostStatus status) {
        jdbc.sql("delete from community_post_version where post_id = ?").param(postId).update();
        jdbc.sql("update community_post set body = '', status = ?, held_for = null where id = ?").params(status.name(), postId).update();
    }

    /** Records a report once per person; returns the number of distinct people who reported the post. */
    public int report(long postId, long accountId, String reason, Instant at) {
        boolean already = jdbc.sql("select count(*) from community_report where post_id = ? and account_id = ?")
                .params(postId, accountId).query(Long.class).single() > 0;
        if (!already) {
            jdbc.sql("insert into community_report (post_id, account_id, reason, reported_at) values (?, ?, ?, ?)")
                    .params(postId, accountId, reason, Timestamp.from(at)).update();
        }
        int count = jdbc.sql("select count(*) from community_report where post_id = ?").param(postId).query(Integer.class).single();
        jdbc.sql("update community_post set reports = ? where id = ?").params(count, postId).update();
        return count;
    }

    public List<String> reasons(long postId) {
        return jdbc.sql("select reason from community_report where post_id = ? order by reported_at").param(postId)
                .query(String.class).list();
    }

    /** Posts waiting for a moderator (pending or hidden) in the groups and comment threads given. */
    public List<Post> awaiting(List<Long> groups, List<Long> threads) {
        return jdbc.sql("""
                        select p.* from community_post p join community_discussion d on d.id = p.discussion_id
                        where p.status in ('PENDING', 'HIDDEN') and (d.group_id in (:groups) or d.id in (:threads))
                        order by p.created_at fetch first 200 rows only""")
                .param("groups", groups.isEmpty() ? List.of(-1L) : groups).param("threads", threads.isEmpty() ? List.of(-1L) : threads)
                .query(Discussions::post).list();
    }

    /** Stops a member from commenting in a comment thread until a moment. */
    public void muteInThread(long discussionId, long accountId, Instant until) {
        jdbc.sql("delete from community_thread_mute where discussion_id = ? and account_id = ?").params(discussionId, accountId).update();
        jdbc.sql("insert into community_thread_mute (discussion_id, account_id, until) values (?, ?, ?)")
                .params(discussionId, accountId, Timestamp.from(until)).update();
    }

    public boolean mutedInThread(long discussionId, long accountId, Instant now) {
        return jdbc.sql("select count(*) from community_thread_mute where discussion_id = ? and account_id = ? and until > ?")
                .params(discussionId, accountId, Timestamp.from(now)).query(Long.class).single() > 0;
    }

    /** The comment threads with posts waiting for a moderator (pending or hidden). */
    public List<Discussion> commentThreadsAwaiting() {
        return jdbc.sql("""
                        select * from community_discussion d where d.group_id is null and exists (
                            select 1 from community_post p where p.discussion_id = d.id and p.status in ('PENDING', 'HIDDEN'))""")
                .query(Discussions::discussion).list();
    }

    /** How many of the author's posts are visible: a member with none is new. */
    public long visibleBy(long accountId) {
        return jdbc.sql("select count(*) from community_post where author_id = ? and status = 'VISIBLE'").param(accountId)
                .query(Long.class).single();
    }

    /** The author's posts created since a moment. */
    public long postedSince(long accountId, Instant since) {
        return jdbc.sql("select count(*) from community_post where author_id = ? and created_at >= ?")
                .params(accountId, Timestamp.from(since)).query(Long.class).single();
    }

    public List<Post> byAuthor(long accountId) {
        return jdbc.sql(POST + "where p.author_id = ? order by p.created_at").param(accountId).query(Discussions::post).list();
    }

    /** Takes the author off their posts; the texts are cleared unless kept. */
    public void anonymise(long accountId, boolean keepText) {
        if (!keepText) {
            jdbc.sql("""
                    delete from community_post_version where post_id in (select id from community_post where author_id = ?)""")
                    .param(accountId).update();
            jdbc.sql("update community_post set body = '', status = 'ERASED', held_for = null where author_id = ?")
                    .param(accountId).update();
        }
        jdbc.sql("update community_post set author_id = null, author_name = null where author_id = ?").param(accountId).update();
        jdbc.sql("update community_discussion set author_id = null where author_id = ?").param(accountId).update();
        jdbc.sql("delete from community_report where account_id = ?").param(accountId).update();
        jdbc.sql("delete from community_thread_mute where account_id = ?").param(accountId).update();
    }

    static Discussion discussion(ResultSet rs, int row) throws SQLException {
        String exchangeKind = rs.getString("exchange_kind");
        Timestamp referred = rs.getTimestamp("referred_at");
        return new Discussion(rs.getLong("id"), rs.getObject("group_id", Long.class), rs.getString("target_kind"),
                rs.getString("target_id"), Discussion.Kind.valueOf(rs.getString("kind")), rs.getString("title"),
                exchangeKind == null ? null : Discussion.ExchangeKind.valueOf(exchangeKind), rs.getString("theme_code"),
                rs.getString("country"), rs.getString("size_class"), rs.getObject("company_id", Long.class),
                rs.getObject("author_id", Long.class), rs.getString("partner_id"), rs.getString("language"),
                rs.getObject("helped_post_id", Long.class), referred == null ? null : referred.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_post_at").toInstant());
    }

    static Post post(ResultSet rs, int row) throws SQLException {
        Timestamp edited = rs.getTimestamp("edited_at");
        return new Post(rs.getLong("id"), rs.getLong("discussion_id"), rs.getObject("author_id", Long.class),
                rs.getString("author_name"), rs.getObject("company_id", Long.class), rs.getString("partner_id"),
                rs.getString("country"), rs.getString("language"), rs.getString("body"), rs.getObject("quoted_post_id", Long.class),
                PostStatus.valueOf(rs.getString("status")), rs.getString("held_for"), rs.getInt("reports"),
                rs.getTimestamp("created_at").toInstant(), edited == null ? null : edited.toInstant());
    }
}

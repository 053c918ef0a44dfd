package eu.cybersudoe.community.internal;

import eu.cybersudoe.accounts.AccountErased;
import eu.cybersudoe.accounts.PersonalDataSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's community data: in their account's export (posts with their discussion, follows,
 * choices), and anonymised when they erase their account: their name leaves every post, and the
 * texts are cleared unless they chose to leave them; follows, unread activity, memberships and
 * reports go.
 */
@Component
class MemberData implements PersonalDataSource {

    private final Discussions discussions;
    private final Groups groups;
    private final Follows follows;
    private final Activity activity;
    private final Preferences preferences;
    private final ModerationLog log;

    MemberData(Discussions discussions, Groups groups, Follows follows, Activity activity, Preferences preferences,
               ModerationLog log) {
        this.discussions = discussions;
        this.groups = groups;
        this.follows = follows;
        this.activity = activity;
        this.preferences = preferences;
        this.log = log;
    }

    @Override
    public String section() {
        return "community";
    }

    @Override
    public Object personalDataOf(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> posts = discussions.byAuthor(accountId).stream().map(p -> {
            Map<String, Object> post = new LinkedHashMap<>();
            post.put("discussion", discussions.find(p.discussionId()).map(Discussion::title).orElse(""));
            post.put("language", p.language());
            post.put("text", p.body());
            post.put("status", p.status().key());
            post.put("writtenAt", String.valueOf(p.createdAt()));
            post.put("editedAt", p.editedAt() == null ? null : String.valueOf(p.editedAt()));
            post.put("earlierVersions", discussions.versions(p.id()).stream().map(Discussions.Version::body).toList());
            return post;
        }).toList();
        data.put("posts", posts);
        data.put("discussionsFollowed", follows.discussionsFollowed(accountId));
        data.put("groupsFollowed", follows.groupsFollowed(accountId));
        Preferences.Choice choice = preferences.of(accountId);
        data.put("dailyDigest", choice.digest());
        data.put("keepTextsOnErasure", choice.keepText());
        return data;
    }

    @ApplicationModuleListener
    void on(AccountErased erased) {
        erase(erased.accountId());
    }

    void erase(long accountId) {
        discussions.anonymise(accountId, preferences.of(accountId).keepText());
        groups.forget(accountId);
        follows.forget(accountId);
        activity.forget(accountId);
        log.forget(accountId);
        preferences.forget(accountId);
    }
}

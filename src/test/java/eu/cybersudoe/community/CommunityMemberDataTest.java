package eu.cybersudoe.community;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.community.internal.Post;
import eu.cybersudoe.community.internal.PostStatus;
import eu.cybersudoe.community.internal.Preferences;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A member's posts in their account's export; erasing the account anonymises them, texts kept only when chosen. */
@DatabaseTest
class CommunityMemberDataTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    Community community;
    @Autowired
    Authors authors;
    @Autowired
    Discussions discussions;
    @Autowired
    Preferences preferences;

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsThePostsAndErasureClearsThemUnlessKept() {
        CommunityTestSupport support = new CommunityTestSupport(context);
        long group = support.group(true);
        SignedInUser leaving = support.person("Leaving", Role.ADVISOR, "cybermassif", Language.FR);
        SignedInUser keeping = support.person("Keeping", Role.ADVISOR, "cybermassif", Language.ES);
        support.member(group, leaving);
        support.member(group, keeping);
        long discussion = community.startDiscussion(group, authors.of(leaving),
                new Community.NewDiscussion("Données", "Mon texte à moi", Language.FR, null));
        long kept = community.reply(discussion, authors.of(keeping), "Mi texto se queda", Language.ES, null);
        preferences.save(keeping.accountId(), new Preferences.Choice(false, true));

        Map<String, Object> export = accounts.personalData(leaving.accountId());
        Map<String, Object> data = (Map<String, Object>) export.get("community");
        List<Map<String, Object>> posts = (List<Map<String, Object>>) data.get("posts");
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.get("text")).isEqualTo("Mon texte à moi");
            assertThat(p.get("discussion")).isEqualTo("Données");
        });

        assertThat(accounts.delete(leaving.accountId(), "community-password")).isTrue();
        assertThat(accounts.delete(keeping.accountId(), "community-password")).isTrue();
        long opening = discussions.opening(discussion).orElseThrow().id();
        await().until(() -> discussions.post(opening).orElseThrow().authorId() == null
                && discussions.post(kept).orElseThrow().authorId() == null);
        Post erased = discussions.post(opening).orElseThrow();
        assertThat(erased).extracting(Post::status, Post::body, Post::authorName).containsExactly(PostStatus.ERASED, "", null);
        Post stays = discussions.post(kept).orElseThrow();
        assertThat(stays).extracting(Post::status, Post::body, Post::authorName)
                .containsExactly(PostStatus.VISIBLE, "Mi texto se queda", null);
        assertThat(discussions.byAuthor(leaving.accountId())).isEmpty();
    }
}

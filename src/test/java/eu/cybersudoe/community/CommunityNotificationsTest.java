package eu.cybersudoe.community;

import eu.cybersudoe.community.internal.Activity;
import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.Follows;
import eu.cybersudoe.community.internal.Notifications;
import eu.cybersudoe.community.internal.Preferences;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxMessage;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.OutboxMails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Followers told at once in their language or by a daily digest; one-click stop per thread; the unread list. */
@DatabaseTest
@AutoConfigureMockMvc
class CommunityNotificationsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Community community;
    @Autowired
    Authors authors;
    @Autowired
    Activity activity;
    @Autowired
    Preferences preferences;
    @Autowired
    Follows follows;
    @Autowired
    Notifications notifications;
    @Autowired
    Outbox outbox;
    @Autowired
    MockMvc mvc;

    CommunityTestSupport support;
    long group;
    long discussion;
    SignedInUser staff;

    @BeforeEach
    void setUp() {
        support = new CommunityTestSupport(context);
        group = support.group(true);
        staff = support.person("Advisor", Role.ADVISOR, "cybermassif", Language.FR);
        support.member(group, staff);
        discussion = community.startDiscussion(group, authors.of(staff),
                new Community.NewDiscussion("Sauvegardes", "Comment faites-vous ?", Language.FR, null));
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFollowerIsMailedAtOnceInTheirLanguageAndStopsTheThreadInOneClick() throws Exception {
        SignedInUser spanish = support.companyUser("Seguidora", Country.ES, "28001", Language.ES);
        follows.followDiscussion(spanish.accountId(), discussion, java.time.Instant.now());

        community.reply(discussion, authors.of(staff), "Première réponse", Language.FR, null);
        OutboxMessage mail = OutboxMails.await(outbox, spanish.email(), 1);
        assertThat(mail.subject()).isEqualTo("Nuevo mensaje en «Sauvegardes»");
        assertThat(mail.text()).contains("Première réponse").contains("Dejar de recibir correos");
        await().until(() -> activity.unreadCount(spanish.accountId()) == 1);

        String stop = OutboxMails.linkIn(mail, "/es/community/stop/");
        mvc.perform(post(stop)).andExpect(status().isOk());
        assertThat(follows.followsDiscussion(spanish.accountId(), discussion, group)).isFalse();
        mvc.perform(post(stop.substring(0, stop.length() - 3) + "abc")).andExpect(status().isOk());

        community.reply(discussion, authors.of(staff), "Deuxième réponse", Language.FR, null);
        community.reply(discussion, authors.of(staff), "Troisième réponse", Language.FR, null);
        Thread.sleep(1500);
        assertThat(outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream().filter(e -> e.to().contains(spanish.email())))
                .as("no mail after the thread was stopped").hasSize(1);
    }

    @Test
    void aDigestReaderGetsOneMailForTheDayWithAStopLinkPerThread() throws Exception {
        SignedInUser portuguese = support.companyUser("Leitor", Country.PT, "4000-001", Language.PT);
        preferences.save(portuguese.accountId(), new Preferences.Choice(true, false));
        follows.followGroup(portuguese.accountId(), group, java.time.Instant.now());

        community.reply(discussion, authors.of(staff), "Une", Language.FR, null);
        community.reply(discussion, authors.of(staff), "Deux", Language.FR, null);
        await().until(() -> activity.unreadCount(portuguese.accountId()) == 2);
        Thread.sleep(500);
        assertThat(outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream().filter(e -> e.to().contains(portuguese.email())))
                .isEmpty();

        assertThat(notifications.sendDigests()).isGreaterThanOrEqualTo(1);
        OutboxMessage digest = OutboxMails.await(outbox, portuguese.email(), 1);
        assertThat(digest.subject()).isEqualTo("2 novas mensagens nas discussões que segue");
        assertThat(digest.text()).contains("Sauvegardes: 2 novas mensagens").contains("/pt/community/stop/");
        notifications.sendDigests();
        assertThat(outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream().filter(e -> e.to().contains(portuguese.email())))
                .as("what was in a digest is not sent again").hasSize(1);

        activity.markRead(portuguese.accountId(), java.time.Instant.now());
        assertThat(activity.unreadCount(portuguese.accountId())).isZero();
    }
}

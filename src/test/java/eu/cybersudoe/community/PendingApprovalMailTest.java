package eu.cybersudoe.community;

import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxEntry;
import eu.cybersudoe.shared.mail.OutboxMessage;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A group's moderators are mailed in their language when posts wait for approval, at most once per group per hour. */
@DatabaseTest
class PendingApprovalMailTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Community community;
    @Autowired
    Authors authors;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    CommunityTestSupport support;
    long group;
    long discussion;
    SignedInUser moderator;
    SignedInUser secondModerator;

    @BeforeEach
    void setUp() {
        support = new CommunityTestSupport(context);
        SignedInUser admin = support.admin();
        group = support.group(true);
        moderator = support.person("Moderadora", Role.ADVISOR, "ceei-burgos", Language.ES);
        secondModerator = support.person("Moderador", Role.ASSOCIATED_STRUCTURE, null, Language.PT);
        for (SignedInUser m : new SignedInUser[]{moderator, secondModerator}) {
            support.member(group, m);
            community.appoint(group, m.accountId(), true, admin);
        }
        discussion = community.startDiscussion(group, authors.of(moderator),
                new Community.NewDiscussion("Contraseñas", "¿Gestor de contraseñas?", Language.ES, null));
    }

    private void firstPostOfANewMember(String name) {
        SignedInUser member = support.companyUser(name, Country.FR, "63000", Language.FR);
        support.member(group, member);
        community.reply(discussion, authors.of(member), "Première contribution de " + name, Language.FR, null);
    }

    private List<OutboxEntry> pendingMailsTo(String email) {
        return outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream()
                .filter(e -> e.to().contains(email) && "community.pending".equals(e.category())).toList();
    }

    private OutboxMessage awaitPendingMail(String email, int count) throws InterruptedException {
        for (int tries = 0; tries < 150; tries++) {
            List<OutboxEntry> entries = pendingMailsTo(email);
            if (entries.size() >= count) {
                return outbox.find(entries.getFirst().id()).orElseThrow();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail number " + count + " to " + email);
    }

    @Test
    void eachModeratorIsMailedOnceForPostsWaitingWithinTheHourThenAgainAfterIt() throws Exception {
        firstPostOfANewMember("Alice");
        OutboxMessage spanish = awaitPendingMail(moderator.email(), 1);
        assertThat(spanish.subject()).startsWith("Hay contribuciones pendientes de su aprobación en «Test group");
        assertThat(spanish.text()).contains("/es/community/moderation").doesNotContain("Première contribution");
        OutboxMessage portuguese = awaitPendingMail(secondModerator.email(), 1);
        assertThat(portuguese.subject()).startsWith("Há contribuições a aguardar a sua aprovação");

        firstPostOfANewMember("Bruno");
        firstPostOfANewMember("Chloé");
        Thread.sleep(1500);
        assertThat(pendingMailsTo(moderator.email())).as("one mail within the hour").hasSize(1);

        jdbc.sql("update community_group set pending_mailed_at = ? where id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(61))), group).update();
        firstPostOfANewMember("Denis");
        awaitPendingMail(moderator.email(), 2);
        assertThat(awaitPendingMail(secondModerator.email(), 2).to()).contains(secondModerator.email());
    }

    @Test
    void aVisiblePostMailsNoModerator() throws Exception {
        community.reply(discussion, authors.of(moderator), "Respuesta de la moderadora", Language.ES, null);
        Thread.sleep(1500);
        assertThat(pendingMailsTo(secondModerator.email())).isEmpty();
    }
}

package eu.cybersudoe.community.internal;

import eu.cybersudoe.community.CommunityTestSupport;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "stop this thread" links carry their last day, signed: they work for 180 days, then say
 * they expired and stop nothing; a day moved by hand makes the link invalid.
 */
@DatabaseTest
@AutoConfigureMockMvc
class StopLinksTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Community community;
    @Autowired
    Authors authors;
    @Autowired
    Follows follows;

    SignedInUser member;
    long group;
    long discussion;

    @BeforeEach
    void setUp() {
        CommunityTestSupport support = new CommunityTestSupport(context);
        group = support.group(true);
        member = support.person("Conseiller", Role.ADVISOR, "cybermassif", Language.FR);
        support.member(group, member);
        discussion = community.startDiscussion(group, authors.of(member),
                new Community.NewDiscussion("Mises à jour", "Quand les faites-vous ?", Language.FR, null));
        assertThat(follows.followsDiscussion(member.accountId(), discussion, group)).isTrue();
    }

    /** A link as a mail sent {@code ago} would carry (same shared secret as the platform's). */
    private String linkMailed(Duration ago) {
        ThreadTokens then = new ThreadTokens(jdbc, new TestClock(Instant.now().minus(ago)), Period.ofDays(180));
        return "/fr/community/stop/" + then.token(member.accountId(), discussion);
    }

    @Test
    void aLinkOf179DaysAgoStillStopsTheThread() throws Exception {
        String link = linkMailed(Duration.ofDays(179));
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Arrêter les courriels")));
        mvc.perform(post(link)).andExpect(status().isOk());
        assertThat(follows.followsDiscussion(member.accountId(), discussion, group)).as("the discussion's own follow is stopped")
                .isFalse();
    }

    @Test
    void aLinkOf182DaysAgoHasExpiredAndStopsNothing() throws Exception {
        String link = linkMailed(Duration.ofDays(182));
        mvc.perform(post(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("a expiré")))
                .andExpect(content().string(containsString("/fr/community/discussions/" + discussion)));
        assertThat(follows.followsDiscussion(member.accountId(), discussion, group)).isTrue();
    }

    @Test
    void aLastDayMovedByHandMakesTheLinkInvalid() throws Exception {
        String link = linkMailed(Duration.ofDays(182));
        String[] parts = link.substring(link.lastIndexOf('/') + 1).split("-");
        String stretched = "/fr/community/stop/" + parts[0] + "-" + parts[1] + "-" + (Long.parseLong(parts[2]) + 30) + "-" + parts[3];
        mvc.perform(post(stretched)).andExpect(status().isOk())
                .andExpect(content().string(containsString("pas valide")));
        assertThat(follows.followsDiscussion(member.accountId(), discussion, group)).isTrue();
    }
}

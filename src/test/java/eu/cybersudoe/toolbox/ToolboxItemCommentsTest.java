package eu.cybersudoe.toolbox;

import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.CommunityRefused;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.community.internal.ModerationLog;
import eu.cybersudoe.community.internal.PostStatus;
import eu.cybersudoe.community.CommunityTestSupport;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.toolbox.internal.ItemComments;
import eu.cybersudoe.toolbox.internal.ReviewChecklist;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static eu.cybersudoe.toolbox.ToolboxTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Comments under a published toolbox item: shown on its page, written by a signed-in member,
 * moderated and muted by the author partner's staff, not by another partner's.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ToolboxItemCommentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ToolboxService service;
    @Autowired
    ReviewChecklist checklist;
    @Autowired
    ApplicationContext context;
    @Autowired
    Community community;
    @Autowired
    Discussions discussions;
    @Autowired
    ModerationLog log;

    CommunityTestSupport people;
    long guide;

    @BeforeEach
    void publishAGuideOfThePortuguesePartner() {
        people = new CommunityTestSupport(context);
        guide = guide(service, staffOf(PORTUGUESE), Language.PT, "Guia das cópias de segurança");
        publish(service, checklist, staffOf(PORTUGUESE), staffOf(SPANISH), guide, Language.PT);
    }

    @Test
    void aMemberCommentsAGuideAndTheAuthorPartnersStaffModerateAndMute() throws Exception {
        String page = "/pt/toolbox/items/" + guide;
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"comments\"")))
                .andExpect(content().string(containsString("Inicie sessão para comentar")));

        SignedInUser reader = people.companyUser("Leitora", Country.PT, "4000-001", Language.PT);
        mvc.perform(get(page).with(user(reader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/pt/community/comments/toolbox-item/" + guide + "\"")));
        mvc.perform(post("/pt/community/comments/" + ItemComments.KIND + "/" + guide).with(user(reader)).with(csrf())
                        .param("body", "Muito útil, <script>alert(1)</script> obrigado").param("language", "pt"))
                .andExpect(status().is3xxRedirection());
        long thread = discussions.ofTarget(ItemComments.KIND, String.valueOf(guide)).orElseThrow().id();
        long comment = discussions.posts(thread).getFirst().id();
        assertThat(discussions.post(comment).orElseThrow().status()).as("a first post waits").isEqualTo(PostStatus.PENDING);

        SignedInUser author = people.person("Autor do guia", Role.ADVISOR, PORTUGUESE, Language.PT);
        SignedInUser otherPartner = people.person("Otra socia", Role.PARTNER_MANAGER, SPANISH, Language.ES);
        mvc.perform(get(page).with(user(otherPartner))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("decision-reason-" + comment))))
                .andExpect(content().string(not(containsString("Muito útil"))));
        mvc.perform(get(page).with(user(author))).andExpect(status().isOk())
                .andExpect(content().string(containsString("decision-reason-" + comment)))
                .andExpect(content().string(containsString("Muito útil")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));

        assertThatThrownBy(() -> community.decide(comment, Community.Decision.APPROVE, "", otherPartner))
                .isInstanceOf(CommunityRefused.class).hasMessage("community.refused.notModerator");
        assertThatThrownBy(() -> community.muteAuthor(comment, 3, "Não", otherPartner))
                .isInstanceOf(CommunityRefused.class).hasMessage("community.refused.notModerator");

        mvc.perform(post("/pt/community/posts/" + comment + "/decision").with(user(author)).with(csrf())
                .param("decision", "APPROVE")).andExpect(status().is3xxRedirection());
        assertThat(discussions.post(comment).orElseThrow().status()).isEqualTo(PostStatus.VISIBLE);
        mvc.perform(post("/pt/community/posts/" + comment + "/mute").with(user(author)).with(csrf())
                .param("days", "5").param("reason", "Publicidade")).andExpect(status().is3xxRedirection());
        assertThat(log.page(0, 1).getFirst()).extracting(ModerationLog.Entry::action, ModerationLog.Entry::memberId)
                .containsExactly(ModerationLog.Action.MUTE, reader.accountId());

        mvc.perform(post("/pt/community/comments/" + ItemComments.KIND + "/" + guide).with(user(reader)).with(csrf())
                .param("body", "Outra vez").param("language", "pt")).andExpect(status().is3xxRedirection());
        assertThat(discussions.posts(thread)).as("the muted member's comment is refused").hasSize(1);
        mvc.perform(get(page).with(user(reader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("notice-muted")));
        assertThat(community.mutedInThread(ItemComments.KIND, String.valueOf(guide), reader.accountId())).isTrue();
        assertThat(community.mutedInThread(ItemComments.KIND, String.valueOf(guide), author.accountId())).isFalse();
    }

    @Test
    void aDraftItemTakesNoComment() throws Exception {
        long draft = guide(service, staffOf(PORTUGUESE), Language.PT, "Rascunho");
        SignedInUser reader = people.companyUser("Leitor", Country.PT, "4000-001", Language.PT);
        mvc.perform(post("/pt/community/comments/" + ItemComments.KIND + "/" + draft).with(user(reader)).with(csrf())
                .param("body", "Olá")).andExpect(status().isNotFound());
        assertThat(discussions.ofTarget(ItemComments.KIND, String.valueOf(draft))).isEmpty();
    }
}

package eu.cybersudoe.community;

import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The community's pages render whole with or without a session; forms keep what was typed on error. */
@DatabaseTest
@AutoConfigureMockMvc
class CommunityPagesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    Community community;
    @Autowired
    Authors authors;
    @Autowired
    Discussions discussions;

    @Test
    void groupsGroupAndDiscussionPagesRenderForVisitorsAndMembers() throws Exception {
        CommunityTestSupport support = new CommunityTestSupport(context);
        long group = support.group(true);
        SignedInUser staff = support.person("Conseillère", Role.ADVISOR, "cybermassif", Language.FR);
        support.member(group, staff);
        long discussion = community.startDiscussion(group, authors.of(staff), new Community.NewDiscussion("Sauvegardes",
                "Voir [le guide](https://example.org) <script>alert(1)</script>", Language.FR, null));

        mvc.perform(get("/fr/community")).andExpect(status().isOk()).andExpect(content().string(containsString("Communauté")));
        mvc.perform(get("/es/community/groups/" + group)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sauvegardes")))
                .andExpect(content().string(containsString("Inicie sesión para participar")));
        mvc.perform(get("/pt/community/discussions/" + discussion)).andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*<a href=\"https://example.org\" rel=\"[^\"]*\\bnofollow\\b[^\"]*\">.*")))
                .andExpect(content().string(matchesRegex("(?s).*<a href=\"https://example.org\" rel=\"[^\"]*\\bugc\\b[^\"]*\">.*")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/fr/community/discussions/" + discussion).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Envoyer la réponse")));
        mvc.perform(get("/fr/community/activity").with(user(staff))).andExpect(status().isOk());
        mvc.perform(get("/fr/community/moderation").with(user(support.admin()))).andExpect(status().isOk());
        mvc.perform(get("/fr/office/community/moderation").with(user(support.admin()))).andExpect(status().isOk());
        mvc.perform(get("/en/community/stop/1-2-forged")).andExpect(status().isOk())
                .andExpect(content().string(containsString("This link is not valid.")));
    }

    @Test
    void anEmptyReplyIsRefusedOnItsFieldAndARefusedOneKeepsTheText() throws Exception {
        CommunityTestSupport support = new CommunityTestSupport(context);
        long group = support.group(false);
        SignedInUser staff = support.person("Conseiller", Role.ADVISOR, "cybermassif", Language.FR);
        support.member(group, staff);
        long discussion = community.startDiscussion(group, authors.of(staff),
                new Community.NewDiscussion("Réservé", "Texte", Language.FR, null));
        mvc.perform(post("/fr/community/discussions/" + discussion + "/replies").with(user(staff)).with(csrf()).param("body", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Écrivez un texte.")));

        SignedInUser outsider = support.companyUser("Fora", Country.PT, "4000-001", Language.PT);
        mvc.perform(post("/pt/community/discussions/" + discussion + "/replies").with(user(outsider)).with(csrf())
                        .param("body", "O meu texto"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/pt/community/groups/" + group + "/join").with(user(outsider)).with(csrf()))
                .andExpect(flash().attribute("notice", "community.group.requested"));
        assertThat(discussions.byAuthor(outsider.accountId())).isEmpty();
    }
}

package eu.cybersudoe.community;

import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.CommunityRefused;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

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

/** The author of a discussion changes its title with the opening post; the earlier title stays in the history. */
@DatabaseTest
@AutoConfigureMockMvc
class DiscussionTitlesTest {

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

    CommunityTestSupport support;
    SignedInUser author;
    long discussion;
    long opening;

    @BeforeEach
    void setUp() {
        support = new CommunityTestSupport(context);
        long group = support.group(true);
        author = support.person("Asesora", Role.ADVISOR, "ceei-burgos", Language.ES);
        support.member(group, author);
        discussion = community.startDiscussion(group, authors.of(author),
                new Community.NewDiscussion("Copias de seguirdad", "¿Cómo las hacen?", Language.ES, null));
        opening = discussions.opening(discussion).orElseThrow().id();
    }

    @Test
    void theAuthorCorrectsTheTitleAndEveryoneSeesTheEarlierOneInTheHistory() throws Exception {
        mvc.perform(get("/es/community/posts/" + opening + "/edit").with(user(author))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"title\"")))
                .andExpect(content().string(containsString("Copias de seguirdad")));
        mvc.perform(post("/es/community/posts/" + opening + "/edit").with(user(author)).with(csrf())
                        .param("title", "  Copias de seguridad ").param("body", "¿Cómo las hacen?").param("language", "es"))
                .andExpect(status().is3xxRedirection());

        assertThat(discussions.find(discussion).orElseThrow().title()).isEqualTo("Copias de seguridad");
        assertThat(discussions.versions(opening)).singleElement()
                .extracting(Discussions.Version::title, Discussions.Version::body)
                .containsExactly("Copias de seguirdad", "¿Cómo las hacen?");
        mvc.perform(get("/pt/community/discussions/" + discussion)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 lang=\"es\">Copias de seguridad</h1>")))
                .andExpect(content().string(containsString("Título nessa altura:")))
                .andExpect(content().string(containsString("Copias de seguirdad")));
    }

    @Test
    void aTextOnlyEditKeepsNoTitleAndABlankTitleIsRefusedOnItsField() throws Exception {
        community.edit(opening, authors.of(author), "¿Cómo las hacéis?", Language.ES, null);
        assertThat(discussions.versions(opening)).singleElement().extracting(Discussions.Version::title).isNull();

        mvc.perform(post("/es/community/posts/" + opening + "/edit").with(user(author)).with(csrf())
                        .param("title", " ").param("body", "Texto").param("language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("title-error")));
        assertThatThrownBy(() -> community.edit(opening, authors.of(author), "Texto", Language.ES, "x".repeat(201)))
                .isInstanceOf(CommunityRefused.class).hasMessage("community.refused.title");
        assertThat(discussions.find(discussion).orElseThrow().title()).isEqualTo("Copias de seguirdad");
    }

    @Test
    void aReplyCannotRetitleTheDiscussionAndOthersCannotEditIt() throws Exception {
        SignedInUser other = support.trusted(discussions.find(discussion).orElseThrow().groupId(),
                support.companyUser("Empresa", Country.ES, "28001", Language.ES), discussion);
        long reply = community.reply(discussion, authors.of(other), "Respuesta", Language.ES, null);
        community.edit(reply, authors.of(other), "Respuesta corregida", Language.ES, "Otro título");
        assertThat(discussions.find(discussion).orElseThrow().title()).isEqualTo("Copias de seguirdad");
        mvc.perform(get("/es/community/posts/" + reply + "/edit").with(user(other))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"title\""))));
        mvc.perform(post("/es/community/posts/" + opening + "/edit").with(user(other)).with(csrf())
                .param("title", "Robado").param("body", "Texto")).andExpect(status().isNotFound());
        assertThat(discussions.find(discussion).orElseThrow().title()).isEqualTo("Copias de seguirdad");
    }
}

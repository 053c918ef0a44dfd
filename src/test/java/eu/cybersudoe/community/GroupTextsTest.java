package eu.cybersudoe.community;

import eu.cybersudoe.community.internal.Group;
import eu.cybersudoe.community.internal.Groups;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Groups made by network admins are named and described in any of the four languages, shown with the fallback marked. */
@DatabaseTest
@AutoConfigureMockMvc
class GroupTextsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    Groups groups;

    private Group created(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return groups.find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
    }

    @Test
    void aGroupNamedInFrenchAndSpanishShowsThePortugueseReaderTheFrenchNameMarked() throws Exception {
        SignedInUser admin = new CommunityTestSupport(context).admin();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Group group = created(mvc.perform(post("/es/community/groups").with(user(admin)).with(csrf())
                        .param("name[fr]", "Industrie " + tag).param("description[fr]", "Pour les industriels")
                        .param("name[es]", "Industria " + tag).param("description[es]", "Para la industria")
                        .param("_openToAll", "on"))
                .andExpect(status().is3xxRedirection()).andReturn());

        assertThat(group.name().has(Language.FR)).isTrue();
        assertThat(group.name().in(Language.ES).text()).isEqualTo("Industria " + tag);
        assertThat(group.name().source()).as("the page's language, which was filled in").isEqualTo(Language.ES);
        assertThat(group.openToAll()).as("the box was not ticked").isFalse();
        mvc.perform(get("/pt/community/groups/" + group.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span lang=\"es\">Industria " + tag + "</span>")))
                .andExpect(content().string(containsString("fallback-marker")));
        mvc.perform(get("/fr/community")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Industrie " + tag)));

        mvc.perform(post("/en/community/groups/" + group.id() + "/texts").with(user(admin)).with(csrf())
                        .param("name[fr]", "Industrie " + tag).param("description[fr]", "Pour les industriels")
                        .param("name[pt]", "Indústria " + tag).param("description[pt]", "Para a indústria")
                        .param("openToAll", "true").param("_openToAll", "on"))
                .andExpect(status().is3xxRedirection());
        Group renamed = groups.find(group.id()).orElseThrow();
        assertThat(renamed.name().in(Language.PT).fallback()).isFalse();
        assertThat(renamed.name().has(Language.ES)).as("a language emptied is dropped").isFalse();
        assertThat(renamed.openToAll()).isTrue();
    }

    @Test
    void aNameWithoutDescriptionOrNoLanguageAtAllIsRefusedOnTheField() throws Exception {
        SignedInUser admin = new CommunityTestSupport(context).admin();
        long before = groups.all().size();
        mvc.perform(post("/en/community/groups").with(user(admin)).with(csrf()).param("name[pt]", "Só o nome"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"description[pt]-error\"")))
                .andExpect(content().string(containsString("Só o nome")));
        mvc.perform(post("/en/community/groups").with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the group a name and a description in at least one language.")));
        assertThat(groups.all()).hasSize((int) before);
    }

    @Test
    void onlyNetworkAdminsRenameAGroup() throws Exception {
        CommunityTestSupport support = new CommunityTestSupport(context);
        long group = support.group(true);
        SignedInUser manager = support.person("Manager", Role.PARTNER_MANAGER, "cybermassif", Language.EN);
        mvc.perform(post("/en/community/groups/" + group + "/texts").with(user(manager)).with(csrf())
                .param("name[en]", "Taken").param("description[en]", "Over")).andExpect(status().isForbidden());
        assertThat(groups.find(group).orElseThrow().name().in(Language.EN).text()).startsWith("Test group");
    }
}

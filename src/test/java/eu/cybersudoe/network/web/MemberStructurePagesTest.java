package eu.cybersudoe.network.web;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.StaffSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner manager keeps their member structures and contacts on the pages; the public partner
 * page shows them; bad input is explained and kept; another partner's manager is refused.
 */
@DatabaseTest
@AutoConfigureMockMvc
class MemberStructurePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerKeepsTheStructuresOfTheirPartner() throws Exception {
        jdbc.sql("delete from member_structure where partner_id = 'transferts-lr' and name like 'Pôle numérique%'").update();
        MockHttpSession manager = StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "transferts-lr", "Test", Language.FR);
        String list = "/fr/office/partners/transferts-lr/structures";
        mvc.perform(post(list).session(manager).with(csrf()).param("name", "Pôle numérique de Nîmes").param("city", "Nîmes")
                        .param("website", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Pôle numérique de Nîmes\"")))
                .andExpect(content().string(containsString("Saisissez une adresse web complète")));
        mvc.perform(post(list).session(manager).with(csrf()).param("name", "Pôle numérique de Nîmes").param("city", "Nîmes")
                        .param("website", "https://nimes.example.org"))
                .andExpect(redirectedUrl(list));
        mvc.perform(post(list).session(manager).with(csrf()).param("name", "pôle numérique de nîmes"))
                .andExpect(content().string(containsString("Le partenaire a déjà une structure de ce nom.")));
        long id = jdbc.sql("select id from member_structure where name = 'Pôle numérique de Nîmes'").query(Long.class).single();

        mvc.perform(post(list + "/" + id).session(manager).with(csrf()).param("name", "Pôle numérique du Gard").param("city", "Nîmes")
                .param("website", "https://gard.example.org")).andExpect(redirectedUrl(list + "/" + id));
        mvc.perform(post(list + "/" + id + "/contacts").session(manager).with(csrf()).param("contactName", "Inès Martin")
                        .param("email", "pas-une-adresse").param("phone", "<script>"))
                .andExpect(content().string(containsString("value=\"Inès Martin\"")))
                .andExpect(content().string(containsString("Saisissez un numéro de téléphone")));
        mvc.perform(post(list + "/" + id + "/contacts").session(manager).with(csrf()).param("contactName", "Inès Martin")
                .param("jobTitle", "Animatrice").param("email", "ines@example.org").param("phone", "+33 4 66 00 00 00"))
                .andExpect(redirectedUrl(list + "/" + id));
        mvc.perform(get(list + "/" + id).session(manager))
                .andExpect(content().string(containsString("Inès Martin")))
                .andExpect(content().string(containsString("Animatrice")));
        mvc.perform(get("/fr/network/transferts-lr"))
                .andExpect(content().string(containsString("Pôle numérique du Gard")))
                .andExpect(content().string(containsString("https://gard.example.org")))
                .andExpect(content().string(not(containsString("Inès Martin"))));

        MockHttpSession other = StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "ciebi", "Test", Language.FR);
        mvc.perform(get(list + "/" + id).session(other)).andExpect(status().isForbidden());
        mvc.perform(post(list + "/" + id + "/remove").session(other).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/fr/office/partners/ciebi/structures/" + id).session(other)).andExpect(status().isNotFound());

        MockHttpSession admin = StaffSessions.signedIn(mvc, accounts, Role.NETWORK_ADMIN, "cybermassif", "Test", Language.FR);
        mvc.perform(post(list + "/" + id + "/remove").session(admin).with(csrf())).andExpect(redirectedUrl(list));
        mvc.perform(get("/fr/network/transferts-lr")).andExpect(content().string(not(containsString("Pôle numérique du Gard"))));
    }
}

package eu.cybersudoe.conferences;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.accounts.internal.PeopleService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.StaffSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whoever drafts a conference is in charge of it; once accounts deactivates that person, the
 * partner's managers see the conference among those to hand over, and name one of their staff.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ConferenceOrganisersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theConferencesOfSomeoneWhoLeftAreListedToManagersUntilHandedOver() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession advisor = StaffSessions.signedIn(mvc, accounts, Role.ADVISOR, "cybermassif", "Adèle " + unique, Language.EN);
        MockHttpSession manager = StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "cybermassif", "Marc " + unique, Language.EN);
        String title = "Ransomware morning " + unique;
        mvc.perform(post("/en/office/conferences/new").session(advisor).with(csrf()).param("kind", "WORKSHOP")
                        .param("sourceLanguage", "en").param("title[en]", title)
                        .param("description[en]", "A morning for the companies of the area.").param("themes", "security")
                        .param("languages", "en").param("format", "ONLINE").param("onlineLink", "https://visio.example.org/morning")
                        .param("country", "FR").param("zone", "Europe/Paris").param("day", LocalDate.now().plusDays(20).toString())
                        .param("startTime", "09:00").param("endTime", "12:00").param("capacity", "30"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from conference where title like ?").param("%" + unique + "%").query(Long.class).single();
        mvc.perform(get("/en/office/conferences/" + id).session(manager)).andExpect(content().string(containsString("Adèle " + unique)));

        SignedInUser admin = (SignedInUser) users.loadUserByUsername(
                accounts.createConfirmed("admin." + unique + "@example.org", "Admin", "{noop}x", Role.NETWORK_ADMIN, "cybermassif",
                        Language.EN).email());
        long advisorId = user(advisor).accountId();
        people.deactivate(admin, advisorId);
        for (int tries = 0; tries < 100 && departed(advisorId) == 0; tries++) {
            Thread.sleep(100);
        }
        mvc.perform(get("/en/office/conferences").session(manager))
                .andExpect(content().string(containsString("Conferences to hand over")))
                .andExpect(content().string(containsString(title + "</a> · Adèle " + unique + " (has left the network)")));
        mvc.perform(get("/en/office/conferences")
                        .session(StaffSessions.signedIn(mvc, accounts, Role.PARTNER_MANAGER, "ciebi", "Other", Language.EN)))
                .andExpect(content().string(not(containsString(title))));

        MockHttpSession colleague = StaffSessions.signedIn(mvc, accounts, Role.ADVISOR, "cybermassif", "Colleague " + unique, Language.EN);
        mvc.perform(post("/en/office/conferences/" + id + "/organiser").session(colleague).with(csrf())
                .param("accountId", String.valueOf(user(colleague).accountId()))).andExpect(status().isForbidden());
        long elsewhere = accounts.createConfirmed("elsewhere." + unique + "@example.org", "Elsewhere", "{noop}x", Role.ADVISOR, "ciebi",
                Language.EN).id();
        mvc.perform(post("/en/office/conferences/" + id + "/organiser").session(manager).with(csrf())
                .param("accountId", String.valueOf(elsewhere))).andExpect(flash().attribute("refused", "conferences.organiser.invalid"));
        mvc.perform(post("/en/office/conferences/" + id + "/organiser").session(manager).with(csrf())
                .param("accountId", String.valueOf(advisorId))).andExpect(flash().attribute("refused", "conferences.organiser.invalid"));
        mvc.perform(post("/en/office/conferences/" + id + "/organiser").session(manager).with(csrf())
                        .param("accountId", String.valueOf(user(colleague).accountId())))
                .andExpect(flash().attribute("notice", "conferences.organiser.changed"));

        mvc.perform(get("/en/office/conferences").session(manager)).andExpect(content().string(not(containsString(title + "</a> · "))))
                .andExpect(content().string(containsString(title)));
        assertThat(jdbc.sql("select organiser_name from conference where id = ?").param(id).query(String.class).single())
                .isEqualTo("Colleague " + unique);
    }

    private long departed(long accountId) {
        return jdbc.sql("select count(*) from conference_departed_organiser where account_id = ?").param(accountId)
                .query(Long.class).single();
    }

    private static SignedInUser user(MockHttpSession session) {
        return (SignedInUser) ((SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT")).getAuthentication().getPrincipal();
    }
}

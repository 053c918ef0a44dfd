package eu.cybersudoe.accounts;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A network admin changes a person's role, moves them to another partner, grants another
 * partner and deactivates the account: each change is in the history with who made it, open
 * sessions end, a deactivated account cannot sign in and {@link AccountDeactivated} is published.
 */
@DatabaseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PeopleJourneyTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void roleMoveGrantAndDeactivationAreRecordedAndEndSessions() throws Exception {
        MockHttpSession admin = signedIn(account("Ana Admin", Role.NETWORK_ADMIN, "cybermassif"));
        String email = account("Bruno Advisor", Role.ADVISOR, "ciebi");
        long person = accountIdOf(email);
        MockHttpSession advisor = signedIn(email);
        mvc.perform(get("/en/office").session(advisor)).andExpect(status().isOk());

        change(admin, person, "assign", "role", "PARTNER_MANAGER", "partnerId", "ciebi").andExpect(flash("person.assign.done"));
        mvc.perform(get("/en/office").session(advisor)).andExpect(redirectedUrl("/en/login"));
        change(admin, person, "assign", "role", "PARTNER_MANAGER", "partnerId", "leitat").andExpect(flash("person.assign.done"));
        change(admin, person, "assign", "role", "PARTNER_MANAGER", "partnerId", "leitat").andExpect(flash("person.unchanged"));
        change(admin, person, "assign", "role", "COMPANY_USER", "partnerId", "leitat").andExpect(flash("person.invalid"));
        change(admin, person, "grant", "partnerId", "ciebi").andExpect(flash("person.grant.done"));

        MockHttpSession manager = signedIn(email);
        mvc.perform(get("/en/office/people").session(manager)).andExpect(content().string(containsString("Centro Tecnológico LEITAT")));

        change(admin, person, "deactivate").andExpect(flash("person.deactivated"));
        assertThat(events.stream(AccountDeactivated.class).filter(e -> e.accountId() == person))
                .singleElement().satisfies(e -> {
                    assertThat(e.role()).isEqualTo(Role.PARTNER_MANAGER);
                    assertThat(e.partnerId()).isEqualTo("leitat");
                });
        mvc.perform(get("/en/office").session(manager)).andExpect(redirectedUrl("/en/login"));
        assertThat(signInError(email)).contains("This account has been deactivated.");

        mvc.perform(get("/en/office/people/" + person).session(admin))
                .andExpect(content().string(stringContainsInOrder("Deactivated on", "Account deactivated", "Ana Admin",
                        "Also works for CIEBI", "Moved to Partner project manager · LEITAT (was CIEBI)",
                        "Role changed to Partner project manager · CIEBI (was Advisor)")));
        mvc.perform(get("/en/office/people").session(admin)).andExpect(content().string(containsString("Deactivated")));

        change(admin, person, "reactivate").andExpect(flash("person.reactivated"));
        signIn(email).andExpect(redirectedUrl("/en/office"));
        change(admin, accountIdOf(emailOf(admin)), "deactivate").andExpect(flash("person.invalid"));
    }

    @Test
    void aPersonHoldsSeveralRolesAndActsAsOneAtATime() throws Exception {
        MockHttpSession admin = signedIn(account("Elena Admin", Role.NETWORK_ADMIN, "cybermassif"));
        String email = account("Fabio Advisor", Role.ADVISOR, "ciebi");
        long person = accountIdOf(email);
        change(admin, person, "roles", "role", "EVALUATOR", "partnerId", "ciebi").andExpect(flash("person.roles.done"));
        change(admin, person, "roles", "role", "PARTNER_MANAGER", "partnerId", "leitat").andExpect(flash("person.roles.done"));
        change(admin, person, "roles", "role", "PARTNER_MANAGER", "partnerId", "leitat").andExpect(flash("person.unchanged"));
        change(admin, person, "roles", "role", "ADVISOR", "partnerId", "ciebi").andExpect(flash("person.unchanged"));
        change(admin, person, "roles", "role", "COMPANY_USER", "partnerId", "ciebi").andExpect(flash("person.invalid"));

        MockHttpSession session = signedIn(email);
        mvc.perform(get("/en/office").session(session)).andExpect(content().string(stringContainsInOrder(
                "Act as", "Advisor · CIEBI", "Evaluator", "Partner project manager · LEITAT")));
        mvc.perform(get("/en/office/partners/ciebi").session(session)).andExpect(status().isOk());
        mvc.perform(get("/en/office/partners/leitat").session(session)).andExpect(status().isForbidden());

        actAs(session, "PARTNER_MANAGER@leitat").andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("notice", "backoffice.actingRole.changed"));
        mvc.perform(get("/en/office/partners/leitat").session(session)).andExpect(status().isOk());
        mvc.perform(get("/en/office/partners/ciebi").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/en/office/people").session(session)).andExpect(status().isOk());

        actAs(session, "NETWORK_ADMIN").andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("refused", "backoffice.actingRole.refused"));
        mvc.perform(get("/en/office/partners/leitat").session(session)).andExpect(status().isOk());
        mvc.perform(get("/en/office/people/" + person).session(session)).andExpect(status().isForbidden());

        actAs(session, "EVALUATOR").andExpect(redirectedUrl("/en/office"));
        mvc.perform(get("/en/office/partners/ciebi").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/en/office/partners/leitat").session(session)).andExpect(status().isForbidden());

        change(admin, person, "roles/withdraw", "grant", "EVALUATOR").andExpect(flash("person.roles.done"));
        change(admin, person, "roles/withdraw", "grant", "ADVISOR@ciebi").andExpect(flash("person.unchanged"));
        mvc.perform(get("/en/office").session(session)).andExpect(redirectedUrl("/en/login"));
        MockHttpSession again = signedIn(email);
        actAs(again, "EVALUATOR").andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("refused", "backoffice.actingRole.refused"));

        mvc.perform(get("/en/office/people/" + person).session(admin))
                .andExpect(content().string(stringContainsInOrder("Other roles", "Partner project manager · LEITAT",
                        "No longer holds the role Evaluator", "Elena Admin",
                        "Also holds the role Partner project manager · LEITAT", "Also holds the role Evaluator")));
        mvc.perform(get("/en/office/people").session(signedIn(account("Gina Manager", Role.PARTNER_MANAGER, "leitat"))))
                .andExpect(content().string(stringContainsInOrder("Fabio Advisor", "Advisor", "Partner project manager · LEITAT", "CIEBI")));
    }

    private ResultActions actAs(MockHttpSession session, String role) throws Exception {
        return mvc.perform(post("/en/office/acting-role").session(session).with(csrf()).param("role", role))
                .andExpect(redirectedUrl("/en/office"));
    }

    @Test
    void onlyNetworkAdminsChangePeople() throws Exception {
        MockHttpSession manager = signedIn(account("Carla Manager", Role.PARTNER_MANAGER, "ciebi"));
        long advisor = accountIdOf(account("Dario Advisor", Role.ADVISOR, "ciebi"));
        mvc.perform(post("/en/office/people/" + advisor + "/deactivate").session(manager).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/en/office/people/" + advisor).session(manager)).andExpect(status().isForbidden());
    }

    private ResultActions change(MockHttpSession admin, long person, String what, String... params) throws Exception {
        var request = post("/en/office/people/" + person + "/" + what).session(admin).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(redirectedUrl("/en/office/people/" + person));
    }

    private static org.springframework.test.web.servlet.ResultMatcher flash(String key) {
        return org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("notice", key);
    }

    private String account(String name, Role role, String partner) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.createConfirmed(email, name, "{noop}" + PASSWORD, role, partner, Language.EN);
        return email;
    }

    private long accountIdOf(String email) {
        return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
    }

    private static String emailOf(MockHttpSession session) {
        return ((org.springframework.security.core.context.SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT"))
                .getAuthentication().getName();
    }

    private MockHttpSession signedIn(String email) throws Exception {
        return eu.cybersudoe.testing.OneTimeCodes.throughSetUp(mvc, signIn(email).andExpect(status().is3xxRedirection()).andReturn(),
                java.time.Clock.systemUTC());
    }

    private ResultActions signIn(String email) throws Exception {
        return mvc.perform(post("/en/login").with(csrf()).param("email", email).param("password", PASSWORD).param("lang", "en"));
    }

    private String signInError(String email) throws Exception {
        MvcResult refused = signIn(email).andExpect(redirectedUrl("/en/login")).andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession(false);
        return mvc.perform(get("/en/login").session(session)).andReturn().getResponse().getContentAsString();
    }
}

package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.IssueState;
import eu.cybersudoe.newsletters.internal.Issues;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The uncertain copies of an issue: listed to network admins only, sent again after confirming the risk, or closed. */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "cybersudoe.newsletters.workers=false")
class UncertainCopiesPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Issues issues;

    final org.springframework.security.core.userdetails.UserDetails admin = TestUsers.user(Role.NETWORK_ADMIN, null);
    long issueId;
    String tag;

    @BeforeEach
    void aSentIssueWithTwoUncertainCopies() {
        int number = 3_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        tag = "u" + number;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into newsletter_issue (number, planned_on, state, updated_at, version, launched_at, finished_at) "
                        + "values (?, ?, 'SENT', ?, 0, ?, ?)")
                .params(number, LocalDate.of(2027, 2, 15), now, now, now).update();
        issueId = jdbc.sql("select id from newsletter_issue where number = ?").param(number).query(Long.class).single();
        copy("ana." + tag + "@example.es", "es", "ES", "UNCERTAIN");
        copy("rui." + tag + "@example.pt", "pt", "PT", "UNCERTAIN");
        copy("zoe." + tag + "@example.fr", "fr", "FR", "DELIVERED");
    }

    void copy(String email, String language, String country, String state) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into newsletter_send (issue_id, contact_id, company_id, email, email_key, language, country, state, "
                        + "attempts, next_attempt_at, handed_at, finished_at) values (?, 1, 1, ?, ?, ?, ?, ?, 1, ?, ?, ?)")
                .params(issueId, email, email, language, country, state, now, now, now).update();
    }

    String base() {
        return "/en/office/newsletters/" + issueId;
    }

    @Test
    void aNetworkAdminSeesTheUncertainCopiesOnThePageAndInTheCsvAndAPartnerManagerDoesNot() throws Exception {
        mvc.perform(get(base()).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Uncertain copies"), containsString("ana." + tag + "@example.es"),
                        containsString("rui." + tag + "@example.pt"), containsString("Português"), containsString("Portugal"),
                        containsString("will receive it a second time"), not(containsString("zoe." + tag)))));
        mvc.perform(get(base() + "/uncertain.csv").with(user(admin))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("newsletter-" + tag.substring(1) + "-uncertain-copies.csv")))
                .andExpect(content().string(allOf(containsString("E-mail address,Language,Country,Handed to the mail server on"),
                        containsString("ana." + tag + "@example.es,Español,Spain,"), not(containsString("zoe." + tag)),
                        not(containsString("Z,")))));

        var manager = TestUsers.user(Role.PARTNER_MANAGER, "cybermassif");
        mvc.perform(get(base()).with(user(manager))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("ana." + tag))));
        mvc.perform(get(base() + "/uncertain.csv").with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(post(base() + "/uncertain/resend").param("duplicatesAccepted", "true").with(user(manager)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void sendingAgainNeedsTheDuplicateRiskConfirmedThenReopensTheCopiesAndKeepsTheDecision() throws Exception {
        mvc.perform(post(base() + "/uncertain/resend").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("problem", "newsletters.uncertain.confirmRequired"));
        assertThat(states()).isEqualTo("DELIVERED,UNCERTAIN,UNCERTAIN");

        mvc.perform(post(base() + "/uncertain/resend").param("duplicatesAccepted", "true").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("notice", "newsletters.uncertain.resent"));
        assertThat(states()).isEqualTo("DELIVERED,PENDING,PENDING");
        assertThat(issues.find(issueId).orElseThrow().state()).isEqualTo(IssueState.SENDING);
        assertThat(jdbc.sql("select count(*) from newsletter_uncertain_decision where issue_id = ? and decision = 'RESEND'")
                .param(issueId).query(Long.class).single()).isEqualTo(2);
        mvc.perform(get(base()).with(user(admin)))
                .andExpect(content().string(allOf(containsString("Decisions taken"), containsString("2 copies sent again by"),
                        not(containsString("ana." + tag)))));
    }

    @Test
    void closingKeepsTheCopiesUncertainButNoLongerAwaitingAndACancelledIssueCanOnlyClose() throws Exception {
        jdbc.sql("update newsletter_issue set state = 'CANCELLED' where id = ?").param(issueId).update();
        mvc.perform(get(base()).with(user(admin))).andExpect(content().string(not(containsString("uncertain/resend"))));
        mvc.perform(post(base() + "/uncertain/resend").param("duplicatesAccepted", "true").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("problem", "newsletters.uncertain.notResendable"));

        mvc.perform(post(base() + "/uncertain/close").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("notice", "newsletters.uncertain.closed"));
        assertThat(states()).isEqualTo("DELIVERED,UNCERTAIN,UNCERTAIN");
        mvc.perform(get(base()).with(user(admin)))
                .andExpect(content().string(allOf(containsString("2 copies closed without sending by"),
                        not(containsString("ana." + tag)))));
        mvc.perform(post(base() + "/uncertain/close").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("problem", "newsletters.uncertain.none"));
        assertThat(jdbc.sql("select count(*) from newsletter_uncertain_decision where issue_id = ? and decision = 'CLOSE'")
                .param(issueId).query(Long.class).single()).isEqualTo(2);
    }

    String states() {
        return String.join(",", jdbc.sql("select state from newsletter_send where issue_id = ? order by state")
                .param(issueId).query(String.class).list());
    }
}

package eu.cybersudoe.newsletters.web;

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
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The bounce page of an issue: counts, the bounces page by page, the suppressed addresses, and who sees which address. */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "cybersudoe.newsletters.workers=false")
class BouncePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long issueId;
    String suffix;

    @BeforeEach
    void aSentIssueWithBounces() {
        int number = 3_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into newsletter_issue (number, planned_on, state, updated_at, version) values (?, ?, 'SENT', ?, 0)")
                .params(number, LocalDate.of(2027, 2, 15), now).update();
        issueId = jdbc.sql("select id from newsletter_issue where number = ?").param(number).query(Long.class).single();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        long massif = organisation("cybermassif");
        long leitat = organisation("leitat");
        bounce(massif, "massif." + suffix + "@example.fr", "HARD", "5.1.1", "550 5.1.1 User unknown", true);
        bounce(leitat, "leitat." + suffix + "@example.es", "SOFT", "4.4.1", "Connection timed out", false);
        for (int i = 0; i < 55; i++) {
            bounce(massif, "many" + i + "." + suffix + "@example.fr", "SOFT", "4.2.2", "Mailbox full", false);
        }
    }

    long organisation(String partner) {
        Timestamp now = Timestamp.from(Instant.now());
        String name = "Bounce page " + partner + " " + suffix;
        jdbc.sql("insert into organisation (kind, legal_name, name_key, country, woman_led, micro, priority_sector, "
                        + "young_woman_led, tags, created_at, updated_at, version) values ('COMPANY', ?, ?, 'FR', false, false, "
                        + "false, false, '', ?, ?, 0)")
                .params(name, name.toLowerCase(), now, now).update();
        long id = jdbc.sql("select id from organisation where legal_name = ?").param(name).query(Long.class).single();
        jdbc.sql("insert into organisation_partner (organisation_id, partner_id, relation, since) values (?, ?, 'BROUGHT', ?)")
                .params(id, partner, now).update();
        return id;
    }

    void bounce(long organisation, String email, String kind, String status, String diagnostic, boolean suppress) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into newsletter_send (issue_id, contact_id, company_id, email, email_key, language, state, attempts, "
                        + "next_attempt_at, message_id, finished_at) values (?, 0, ?, ?, ?, 'fr', 'DELIVERED', 1, ?, ?, ?)")
                .params(issueId, organisation, email, email, now, "<" + email + ">", now).update();
        long sendId = jdbc.sql("select id from newsletter_send where issue_id = ? and email_key = ?").params(issueId, email)
                .query(Long.class).single();
        jdbc.sql("insert into newsletter_bounce (message_key, send_id, issue_id, email_key, kind, status, diagnostic, received_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params("<bounce." + email + ">", sendId, issueId, email, kind, status, diagnostic, now).update();
        if (suppress) {
            long bounceId = jdbc.sql("select id from newsletter_bounce where send_id = ?").param(sendId).query(Long.class).single();
            jdbc.sql("insert into newsletter_suppression (email_key, reason, detail, created_at, bounce_id) values (?, 'HARD_BOUNCE', ?, ?, ?)")
                    .params(email, diagnostic, now, bounceId).update();
        }
    }

    String page() {
        return "/en/office/newsletters/" + issueId + "/bounces";
    }

    @Test
    void aNetworkAdminSeesTheCountsEveryBouncePageByPageAndTheSuppressedAddresses() throws Exception {
        var admin = TestUsers.user(Role.NETWORK_ADMIN, null);
        mvc.perform(get(page()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"count-HARD\">1<")))
                .andExpect(content().string(containsString("id=\"count-SOFT\">56<")))
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andExpect(content().string(containsString("<td>Hard bounce</td>")))
                .andExpect(content().string(containsString("massif." + suffix + "@example.fr")));
        mvc.perform(get(page()).param("page", "2").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 2 of 2")))
                .andExpect(content().string(containsString("rel=\"prev\"")));
        mvc.perform(get("/fr/office/newsletters/" + issueId + "/bounces").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Échecs définitifs")));
    }

    @Test
    void aPartnerManagerSeesTheWholeCountsButOnlyTheAddressesOfItsOwnContacts() throws Exception {
        var leitat = TestUsers.user(Role.PARTNER_MANAGER, "leitat");
        mvc.perform(get(page()).with(user(leitat)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"count-SOFT\">56<")))
                .andExpect(content().string(containsString("leitat." + suffix + "@example.es")))
                .andExpect(content().string(not(containsString("massif." + suffix))))
                .andExpect(content().string(not(containsString("many0." + suffix))))
                .andExpect(content().string(containsString("only the contacts of organisations linked to your partner")));
        mvc.perform(get(page()).with(user(TestUsers.user(Role.PARTNER_MANAGER, "cybermassif"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("massif." + suffix + "@example.fr")))
                .andExpect(content().string(not(containsString("leitat." + suffix))));
    }

    @Test
    void theIssuePageLinksToItsBouncesAndOthersMayNotSeeThem() throws Exception {
        mvc.perform(get("/en/office/newsletters/" + issueId).with(user(TestUsers.user(Role.NETWORK_ADMIN, null))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(page())));
        mvc.perform(get(page()).with(user(TestUsers.user(Role.ADVISOR, "cybermassif"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/en/office/newsletters/99999999/bounces").with(user(TestUsers.user(Role.NETWORK_ADMIN, null))))
                .andExpect(status().isNotFound());
    }
}

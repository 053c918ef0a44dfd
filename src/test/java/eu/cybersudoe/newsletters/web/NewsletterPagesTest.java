package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.Issues;
import eu.cybersudoe.newsletters.internal.Suppressions;
import eu.cybersudoe.newsletters.internal.UnsubscribeLinks;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The newsletter pages: who may do what, forms that keep what was typed, preview, unsubscribe link. */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "cybersudoe.newsletters.workers=false")
class NewsletterPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Issues issues;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    Suppressions suppressions;

    @Autowired
    MessageSource messages;

    long issueId;
    int number;

    @BeforeEach
    void aDraftIssue() {
        number = 2_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        jdbc.sql("insert into newsletter_issue (number, planned_on, state, updated_at, version) values (?, ?, 'DRAFT', ?, 0)")
                .params(number, LocalDate.of(2027, 1, 15), Timestamp.from(Instant.now())).update();
        issueId = jdbc.sql("select id from newsletter_issue where number = ?").param(number).query(Long.class).single();
    }

    String base() {
        return "/en/office/newsletters/" + issueId;
    }

    @Test
    void aPartnerManagerSeesTheProgrammeAndWritesAVariantButCannotApprove() throws Exception {
        var manager = TestUsers.user(Role.PARTNER_MANAGER, "cybermassif");
        mvc.perform(get("/en/office/newsletters").with(user(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Issue " + number)));
        mvc.perform(post(base() + "/variants/en").with(user(manager)).with(csrf())
                        .param("subject", "Cyber news for small firms").param("preheader", "Five tips")
                        .param("body", "Hello **all**").param("links", "Guide | https://example.org/guide"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "newsletters.variant.saved"));
        assertThat(issues.variants(issueId)).containsKey(Language.EN);

        mvc.perform(post(base() + "/approve").with(user(manager)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(base() + "/approve").with(user(TestUsers.user(Role.NETWORK_ADMIN, null))).with(csrf()))
                .andExpect(flash().attribute("notice", "newsletters.approved"));
    }

    @Test
    void testCopiesGoOnlyToStaffAddressesAndTheTestListANetworkAdminKeeps() throws Exception {
        var admin = TestUsers.user(Role.NETWORK_ADMIN, null);
        var manager = TestUsers.user(Role.PARTNER_MANAGER, "cybermassif");
        mvc.perform(post(base() + "/variants/en").with(user(admin)).with(csrf())
                .param("subject", "Cyber news").param("body", "Hello"));
        String stranger = "stranger." + number + "@example.org";

        mvc.perform(post(base() + "/test").param("language", "en").param("addresses", stranger).with(user(manager)).with(csrf()))
                .andExpect(flash().attribute("problem", "newsletters.test.notAllowed"))
                .andExpect(flash().attribute("testAddresses", stranger));
        mvc.perform(post(base() + "/test-list").param("addresses", stranger).with(user(manager)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base() + "/test-list").param("addresses", "not an address").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("problem", "newsletters.testList.invalid"));

        mvc.perform(post(base() + "/test-list").param("addresses", stranger).with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("notice", "newsletters.testList.saved"));
        mvc.perform(get(base()).with(user(admin))).andExpect(content().string(containsString(stranger)));
        mvc.perform(post(base() + "/test").param("language", "en").param("addresses", stranger).with(user(manager)).with(csrf()))
                .andExpect(flash().attribute("notice", "newsletters.test.sent"));
        // the person sending the test may always send it to themselves
        String own = ((eu.cybersudoe.shared.security.SignedInUser) manager).email();
        mvc.perform(post(base() + "/test").param("language", "en").param("addresses", own).with(user(manager)).with(csrf()))
                .andExpect(flash().attribute("notice", "newsletters.test.sent"));
    }

    @Test
    void aDraftWhosePlannedDayHasPassedIsFlaggedOverdueOnTheProgramme() throws Exception {
        int late = number + 1;
        jdbc.sql("insert into newsletter_issue (number, planned_on, state, updated_at, version) values (?, ?, 'DRAFT', ?, 0)")
                .params(late, LocalDate.now().minusDays(3), Timestamp.from(Instant.now())).update();
        String page = mvc.perform(get("/en/office/newsletters").with(user(TestUsers.user(Role.PARTNER_MANAGER, "cybermassif"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Issues whose planned day has passed are still drafts");
        String lateRow = page.substring(page.indexOf("Issue " + late + "<"));
        assertThat(lateRow.substring(0, lateRow.indexOf("</tr>"))).contains("Overdue");
        String onTimeRow = page.substring(page.indexOf("Issue " + number + "<"));
        assertThat(onTimeRow.substring(0, onTimeRow.indexOf("</tr>"))).doesNotContain("Overdue");
    }

    @Test
    void aRefusedVariantIsShownAgainWithWhatWasTyped() throws Exception {
        mvc.perform(post(base() + "/variants/fr").with(user(TestUsers.user(Role.NETWORK_ADMIN, null))).with(csrf())
                        .param("subject", " ").param("body", "Texte *déjà* écrit").param("links", "pas un lien"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write a subject.")))
                .andExpect(content().string(containsString("Each line must read")))
                .andExpect(content().string(containsString("Texte *déjà* écrit")))
                .andExpect(content().string(containsString("pas un lien")));
        assertThat(issues.variants(issueId)).isEmpty();
    }

    @Test
    void thePreviewShowsTheVariantAsASampleRecipientSeesIt() throws Exception {
        var admin = TestUsers.user(Role.NETWORK_ADMIN, null);
        mvc.perform(post(base() + "/variants/pt").with(user(admin)).with(csrf())
                .param("subject", "Cibersegurança para PME").param("body", "Olá <script>x()</script> **todos**"));
        mvc.perform(get(base() + "/preview").param("language", "pt").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cibersegurança para PME")))
                .andExpect(content().string(containsString("Olá, Joana,")))
                .andExpect(content().string(containsString("joana.exemplo@example.org")))
                .andExpect(content().string(containsString("<iframe class=\"newsletter-preview\" id=\"preview-frame\" sandbox=")))
                .andExpect(content().string(not(containsString("<strong>todos</strong>"))));
        // the frame shows the HTML part exactly as sent, its inline styles allowed by a policy of its own
        mvc.perform(get(base() + "/preview.html").param("language", "pt").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("style-src 'unsafe-inline'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andExpect(content().string(containsString("<strong>todos</strong>")))
                .andExpect(content().string(containsString("style=\"")))
                .andExpect(content().string(containsString("Olá, Joana,")))
                .andExpect(content().string(not(containsString("<script>x()"))));
        mvc.perform(get(base() + "/preview.html").param("language", "pt")).andExpect(status().is3xxRedirection());
        mvc.perform(get(base() + "/preview").param("language", "es").with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void theUnsubscribePageStopsTheNewsletterAndKeepsTheInvitationsWhenAsked() throws Exception {
        String email = contactWithBothConsents();
        String token = token(email, Language.PT);

        mvc.perform(get("/pt/newsletter/unsubscribe").param("t", token))
                .andExpect(status().isOk()).andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("name=\"keep\" value=\"EVENT_INVITATIONS\" checked")));
        mvc.perform(post("/pt/newsletter/unsubscribe").param("t", token).param("keep", "EVENT_INVITATIONS").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("newsletters.unsubscribe.stopped", Language.PT, email))))
                .andExpect(content().string(containsString(text("newsletters.unsubscribe.keptInvitations", Language.PT))));

        assertThat(consent(email, "newsletter_consent")).isFalse();
        assertThat(consent(email, "invitation_consent")).isTrue();
        assertThat(suppressions.reason(email)).contains(Suppressions.Reason.UNSUBSCRIBED);
        mvc.perform(get("/pt/newsletter/unsubscribe").param("t", token))
                .andExpect(content().string(containsString(text("newsletters.unsubscribe.already", Language.PT, email))));
        mvc.perform(get("/pt/newsletter/unsubscribe").param("t", token.substring(0, token.length() - 2) + "xx"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theUnsubscribePageCanStopEverythingAndSpeaksEachLanguage() throws Exception {
        String email = contactWithBothConsents();
        for (Language language : Language.values()) {
            mvc.perform(get("/" + language.code() + "/newsletter/unsubscribe").param("t", token(email, language)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(text("newsletters.unsubscribe.ask", language, email))))
                    .andExpect(content().string(containsString(text("newsletters.unsubscribe.keepInvitations", language))));
        }
        mvc.perform(post("/es/newsletter/unsubscribe").param("t", token(email, Language.ES)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("newsletters.unsubscribe.nothingElse", Language.ES))));
        assertThat(consent(email, "newsletter_consent")).isFalse();
        assertThat(consent(email, "invitation_consent")).isFalse();
    }

    @Test
    void aMailClientUnsubscribesInOneClickWithoutCookiesOrForm() throws Exception {
        String email = contactWithBothConsents();
        String token = token(email, Language.EN);
        for (int time = 0; time < 2; time++) {
            mvc.perform(post("/en/newsletter/one-click").param("t", token)
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(text("newsletters.unsubscribe.stopped", Language.EN, email))));
        }
        assertThat(consent(email, "newsletter_consent")).isFalse();
        assertThat(consent(email, "invitation_consent")).isTrue();
        assertThat(suppressions.reason(email)).contains(Suppressions.Reason.UNSUBSCRIBED);
        assertThat(jdbc.sql("select channel from newsletter_unsubscribe where issue_id = ? and email_key = ?")
                .params(issueId, email).query(String.class).list()).containsExactly("ONE_CLICK");
        assertThat(jdbc.sql("select count(*) from consent_event cc join contact c on c.id = cc.contact_id "
                        + "where c.email_key = ? and cc.granted = false").param(email).query(Long.class).single())
                .isEqualTo(1L);

        mvc.perform(post("/en/newsletter/one-click").param("t", token + "x")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/en/newsletter/one-click").param("t", token))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/en/newsletter/unsubscribe?t=" + token));
    }

    private String contactWithBothConsents() {
        String email = "unsub." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long organisation = jdbc.sql("select min(id) from organisation").query(Long.class).optional().orElse(0L);
        if (organisation == 0L) {
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.sql("insert into organisation (kind, legal_name, name_key, country, woman_led, micro, priority_sector, "
                            + "young_woman_led, tags, created_at, updated_at, version) values ('COMPANY', 'Unsub SARL', 'unsub', "
                            + "'FR', false, false, false, false, '', ?, ?, 0)").params(now, now).update();
            organisation = jdbc.sql("select min(id) from organisation").query(Long.class).single();
        }
        jdbc.sql("""
                insert into contact (organisation_id, first_name, email, email_key, language, newsletter_consent,
                    invitation_consent, created_at, updated_at, version)
                values (?, 'Ana', ?, ?, 'pt', true, true, current_timestamp, current_timestamp, 0)""")
                .params(organisation, email, email).update();
        return email;
    }

    private String token(String email, Language language) {
        String link = links.url(issueId, email, language);
        return link.substring(link.indexOf("t=") + 2);
    }

    private boolean consent(String email, String column) {
        return jdbc.sql("select " + column + " from contact where email_key = ?").param(email).query(Boolean.class).single();
    }

    private String text(String key, Language language, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale())
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

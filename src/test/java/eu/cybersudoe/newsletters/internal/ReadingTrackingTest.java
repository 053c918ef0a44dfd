package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Click tracking through signed redirects that lead only to the issue's own links; no open pixel by default. */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"cybersudoe.newsletters.workers=false", "cybersudoe.newsletters.rate-per-second=100000",
        "cybersudoe.base-url=https://cybersudoe.test"})
class ReadingTrackingTest {

    private static final Pattern TRACKED = Pattern.compile("href=\"https://cybersudoe\\.test(/fr/newsletter/click/([^/\"]+)/(\\d+))\"");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Issues issues;
    @Autowired
    Programme programme;
    @Autowired
    DeliveryEngine engine;
    @Autowired
    IssueLinks links;
    @Autowired
    ReadingEvents events;
    @Autowired
    MockMvc mvc;
    @Autowired
    IssueReport reports;
    @Autowired
    Signatures signatures;
    @Autowired
    NewsletterIndicators indicators;

    NewsletterFixture fixture;

    @BeforeEach
    void isolate() {
        NewsletterFixture.cancelOthersInFlight(jdbc);
        fixture = new NewsletterFixture(jdbc, issues, programme);
    }

    @Test
    void aClickGoesThroughTheSignedRedirectToTheIssuesLinkAndIsCounted() throws Exception {
        fixture.company("FR", "claude", "Claude", "fr", true);
        long issueId = fixture.launched(List.of(Language.FR, Language.EN));
        Map<String, String> htmlByAddress = deliverAll();
        String html = htmlByAddress.get(fixture.email("claude"));

        assertThat(html).doesNotContain("https://example.org/guide\"").doesNotContain("<img");
        Matcher tracked = TRACKED.matcher(html);
        assertThat(tracked.find()).isTrue();
        String path = tracked.group(1);
        String token = tracked.group(2);
        String target = links.find(Long.parseLong(tracked.group(3))).orElseThrow().url();
        assertThat(target).startsWith("https://example.org/");

        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(header().string("Location", target));
        mvc.perform(get(path)).andExpect(status().isFound());
        events.flush();
        long sendId = jdbc.sql("select id from newsletter_send where issue_id = ? and email_key = ?")
                .params(issueId, fixture.email("claude")).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from newsletter_event where issue_id = ? and send_id = ? and kind = 'CLICK'")
                .params(issueId, sendId).query(Long.class).single()).isEqualTo(2L);

        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        mvc.perform(get(path.replace(token, tampered))).andExpect(status().isNotFound());
        String otherSend = token.replaceFirst("^s\\d+", "s" + (sendId + 1));
        mvc.perform(get(path.replace(token, otherSend))).andExpect(status().isNotFound());
        long elsewhere = links.idOf(fixture.issue(List.of(Language.EN)), "https://elsewhere.example/phishing");
        mvc.perform(get("/fr/newsletter/click/" + token + "/" + elsewhere)).andExpect(status().isNotFound());
        mvc.perform(get("/fr/newsletter/click/" + token + "/not-a-number")).andExpect(status().isNotFound());

        IssueReport.Report report = reports.of(issueId);
        assertThat(report.total().clickers()).isEqualTo(1);
        assertThat(report.total().delivered()).isGreaterThanOrEqualTo(1);
        assertThat(report.clicks()).isEqualTo(2);
        assertThat(report.links()).containsExactly(new IssueReport.LinkClicks(target, 2, 1));
        assertThat(report.byLanguage()).filteredOn(line -> line.key().equals("fr"))
                .singleElement().satisfies(line -> assertThat(line.clickers()).isEqualTo(1));
        assertThat(report.byCountry()).filteredOn(line -> line.key().equals("FR"))
                .singleElement().satisfies(line -> assertThat(line.clickers()).isEqualTo(1));
        assertThat(report.byPartner()).as("the partner that brought the reader's company, from the registry's provenance")
                .filteredOn(line -> line.key().equals(NewsletterFixture.PARTNER)).singleElement().satisfies(line -> {
                    assertThat(line.clickers()).isEqualTo(1);
                    assertThat(line.delivered()).isEqualTo(report.total().delivered());
                });
        assertThat(report.byPartner()).filteredOn(line -> !line.key().equals(NewsletterFixture.PARTNER))
                .allSatisfy(line -> assertThat(line.clickers()).isZero());
        assertThat(indicators.measure("newsletter-clicks", java.time.LocalDate.now().plusDays(1), java.util.Optional.empty()))
                .hasValueSatisfying(clicks -> assertThat(clicks.longValue()).isGreaterThanOrEqualTo(1));
        assertThat(indicators.measure("newsletter-click-rate", java.time.LocalDate.now().plusDays(1), java.util.Optional.empty()))
                .hasValueSatisfying(rate -> assertThat(rate.doubleValue()).isPositive().isLessThanOrEqualTo(100));

        jdbc.sql("insert into newsletter_bounce (message_key, send_id, issue_id, email_key, kind, status, received_at) "
                        + "values (?, ?, ?, ?, 'HARD', '5.1.1', current_timestamp)")
                .params("<bounce-" + sendId + "@mx.example>", sendId, issueId, fixture.email("claude")).update();
        assertThat(reports.of(issueId).total().bounced()).isEqualTo(1);
        assertThat(reports.of(issueId).byLanguage()).filteredOn(line -> line.key().equals("fr"))
                .singleElement().satisfies(line -> assertThat(line.bounced()).isEqualTo(1));
        assertThat(indicators.measure("newsletter-bounce-rate", java.time.LocalDate.now().plusDays(1), java.util.Optional.empty()))
                .hasValueSatisfying(rate -> assertThat(rate.doubleValue()).isPositive().isLessThanOrEqualTo(100));

        var admin = TestUsers.user(Role.NETWORK_ADMIN, null);
        mvc.perform(get("/fr/office/newsletters/" + issueId + "/report").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(target)));
        String csv = mvc.perform(get("/fr/office/newsletters/" + issueId + "/report.csv").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Columns, groups, languages and rates as the French reader reads them, never codes.
        assertThat(csv).startsWith("\uFEFFRegroupement,Valeur,Exemplaires remis,Lecteurs ayant cliqué")
                .contains("Langue,Français,").doesNotContain(",fr,").doesNotContain("cybermassif");
        mvc.perform(get("/fr/office/newsletters/" + issueId + "/report")
                .with(user(TestUsers.user(Role.ADVISOR, "cybermassif")))).andExpect(status().isForbidden());

        mvc.perform(get("/fr/newsletter/open/" + token)).andExpect(status().isOk())
                .andExpect(content().contentType("image/gif"));
        events.flush();
        assertThat(jdbc.sql("select count(*) from newsletter_event where issue_id = ? and kind = 'OPEN'").param(issueId)
                .query(Long.class).single()).as("the open pixel is off by default").isZero();
    }

    @Test
    void withoutIndividualTrackingLinksNameOnlyTheIssueLanguageAndCountry() throws Exception {
        long issueId = fixture.issue(List.of(Language.EN));
        long link = links.idOf(issueId, "https://example.org/anonymous-" + issueId);
        NewsletterSettings anonymous = new NewsletterSettings(1, 1, 1, 1, 1, java.time.Duration.ofMinutes(1),
                java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(60), false, "Sender", "Address",
                new NewsletterSettings.Tracking(true, true, false));
        ReadingTracker tracker = new ReadingTracker(signatures, links, events, anonymous, java.time.Clock.systemUTC(),
                "https://cybersudoe.test");

        Slots.Reading first = tracker.forCopy(issueId, 101, Language.PT, "PT");
        Slots.Reading second = tracker.forCopy(issueId, 202, Language.PT, "PT");
        assertThat(first).isEqualTo(second);
        assertThat(first.clickPrefix()).startsWith("https://cybersudoe.test/pt/newsletter/click/v" + issueId + "-pt-pt-")
                .doesNotContain("101");
        assertThat(first.openUrl()).startsWith("https://cybersudoe.test/pt/newsletter/open/v" + issueId);
        String token = first.clickPrefix().substring(first.clickPrefix().indexOf("/click/") + 7, first.clickPrefix().length() - 1);

        assertThat(tracker.click(token, link)).contains("https://example.org/anonymous-" + issueId);
        tracker.open(token);
        events.flush();
        assertThat(jdbc.sql("select count(*) from newsletter_event where issue_id = ? and send_id is null and language = 'pt' "
                + "and country = 'PT'").param(issueId).query(Long.class).single()).isEqualTo(2L);
        assertThat(reports.of(issueId).byCountry()).filteredOn(line -> line.key().equals("PT")).singleElement()
                .satisfies(line -> assertThat(line.clickers()).isEqualTo(1));
        assertThat(tracker.click(token.replace("-pt-pt-", "-pt-es-"), link)).isEmpty();
    }

    private Map<String, String> deliverAll() {
        Map<String, String> html = new HashMap<>();
        Courier capture = new Courier() {
            @Override
            public Outcome send(Letter letter) {
                html.put(letter.email(), letter.variant().rendered().htmlFor(letter.recipient()));
                return new Outcome.Delivered(letter.messageId());
            }

            @Override
            public void close() {
            }
        };
        while (engine.workOnce(capture) > 0) {
            // until every record of the launched issue has a result
        }
        return html;
    }
}

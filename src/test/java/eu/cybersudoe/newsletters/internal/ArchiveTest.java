package eu.cybersudoe.newsletters.internal;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public archive of the launched issues and its Atom feed, read back with Rome. */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"cybersudoe.newsletters.workers=false", "cybersudoe.newsletters.rate-per-second=100000",
        "cybersudoe.base-url=https://cybersudoe.test"})
class ArchiveTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Issues issues;
    @Autowired
    Programme programme;
    @Autowired
    MockMvc mvc;

    @Test
    void launchedIssuesArePublicPagesInEachLanguageWithAFeed() throws Exception {
        NewsletterFixture fixture = new NewsletterFixture(jdbc, issues, programme);
        fixture.company("FR", "archive", "Aline", "fr", true);
        long launched = fixture.launched(List.of(Language.FR, Language.EN));
        int number = number(launched);
        int draft = number(fixture.issue(List.of(Language.FR, Language.EN)));

        mvc.perform(get("/fr/newsletters")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/fr/newsletters/" + number + "\"")))
                .andExpect(content().string(containsString("Subject fr – cybersécurité")))
                .andExpect(content().string(not(containsString("href=\"/fr/newsletters/" + draft + "\""))));
        mvc.perform(get("/fr/newsletters/" + number)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>fr</strong>")))
                .andExpect(content().string(containsString("https://example.org/guide")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/es/newsletters/" + number)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Subject en – cybersécurité")))
                .andExpect(content().string(containsString("fallback-marker")));
        mvc.perform(get("/fr/newsletters/" + draft)).andExpect(status().isNotFound());

        String atom = mvc.perform(get("/pt/feeds/newsletters.atom")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        SyndEntry entry = feed.getEntries().stream()
                .filter(e -> e.getLink().equals("https://cybersudoe.test/pt/newsletters/" + number)).findFirst().orElseThrow();
        assertThat(entry.getTitle()).isEqualTo("Subject en – cybersécurité");
        assertThat(entry.getContents().getFirst().getValue()).contains("<strong>en</strong>");
        assertThat(feed.getEntries()).noneMatch(e -> e.getLink().endsWith("/newsletters/" + draft));
    }

    private int number(long issueId) {
        return jdbc.sql("select number from newsletter_issue where id = ?").param(issueId).query(Integer.class).single();
    }
}

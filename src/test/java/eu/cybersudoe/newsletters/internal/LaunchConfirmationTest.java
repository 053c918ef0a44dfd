package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.network.Network;
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

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Launching safely: the confirmation shows the audience by language and country and who gets
 * another language; a language read by more than 1 % without a version is refused until waived
 * (the waiver is kept); the sender's postal address is the lead partner's.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"cybersudoe.newsletters.workers=false", "cybersudoe.newsletters.postal-address="})
class LaunchConfirmationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Issues issues;
    @Autowired
    Programme programme;
    @Autowired
    LaunchAudience audience;
    @Autowired
    SenderAddress senderAddress;
    @Autowired
    Network network;

    final org.springframework.security.core.userdetails.UserDetails admin = TestUsers.user(Role.NETWORK_ADMIN, null);
    NewsletterFixture fixture;
    long issueId;

    @BeforeEach
    void anApprovedIssueInFrenchAndEnglishForReadersOfThreeLanguages() {
        NewsletterFixture.cancelOthersInFlight(jdbc);
        fixture = new NewsletterFixture(jdbc, issues, programme);
        fixture.company("FR", "marie", "Marie", "fr", true);
        fixture.company("FR", "paul", "Paul", "fr", true);
        fixture.company("ES", "lucia", "Lucía", "es", true);
        fixture.company("PT", "joao", "João", "pt", true);
        issueId = fixture.issue(List.of(Language.FR, Language.EN));
        assertThat(programme.approve(issueId, 1L).done()).isTrue();
    }

    String base() {
        return "/en/office/newsletters/" + issueId;
    }

    @Test
    void theConfirmationShowsTheAudienceByLanguageAndCountryAndTheFallbacks() throws Exception {
        LaunchAudience.Summary summary = audience.of(issues.find(issueId).orElseThrow());
        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.byLanguage()).containsEntry(Language.FR, 2L).containsEntry(Language.ES, 1L)
                .containsEntry(Language.PT, 1L);
        assertThat(summary.byCountry()).containsEntry("FR", 2L).containsEntry("ES", 1L).containsEntry("PT", 1L);
        assertThat(summary.fallbacks()).containsExactlyInAnyOrder(new LaunchAudience.Fallback(Language.ES, Language.EN, 1),
                new LaunchAudience.Fallback(Language.PT, Language.EN, 1));
        assertThat(summary.missing()).containsExactlyInAnyOrder(Language.ES, Language.PT);

        mvc.perform(get(base() + "/launch").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Check the audience of issue"),
                        containsString("1 reader of Español gets the English version"),
                        containsString("Cybermassif, 10 allée Évariste Galois, 63000 Clermont-Ferrand, France"),
                        containsString("Missing: write it or send anyway below"), containsString("name=\"waive\" value=\"es\""))));
        mvc.perform(get(base() + "/launch").with(user(TestUsers.user(Role.PARTNER_MANAGER, "cybermassif"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLaunchIsConfirmedAndRefusedWhileAMissingLanguageIsNotWaivedThenTheWaiverIsKept() throws Exception {
        mvc.perform(post(base() + "/launch").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl(base() + "/launch"))
                .andExpect(flash().attribute("problem", "newsletters.launch.confirmRequired"));
        mvc.perform(post(base() + "/launch").param("confirmed", "true").param("waive", "es").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl(base() + "/launch"))
                .andExpect(flash().attribute("problem", "newsletters.refused.missingVariant"));
        assertThat(issues.find(issueId).orElseThrow().state()).isEqualTo(IssueState.APPROVED);

        mvc.perform(post(base() + "/launch").param("confirmed", "true").param("waive", "es", "pt").with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl(base())).andExpect(flash().attribute("notice", "newsletters.launched"));
        assertThat(issues.find(issueId).orElseThrow().state()).isEqualTo(IssueState.SENDING);
        assertThat(jdbc.sql("select language from newsletter_launch_waiver where issue_id = ? order by language")
                .param(issueId).query(String.class).list()).containsExactly("es", "pt");
    }

    @Test
    void schedulingNeedsTheSameConfirmation() throws Exception {
        mvc.perform(get(base() + "/launch").param("at", "2099-03-01T09:30").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"at\" value=\"2099-03-01T09:30\""),
                        containsString("(UTC)"))));
        mvc.perform(post(base() + "/schedule").param("at", "2099-03-01T09:30").param("confirmed", "true")
                        .with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("problem", "newsletters.refused.missingVariant"));
        assertThat(programme.schedule(issueId, java.time.Instant.parse("2099-03-01T09:30:00Z"), Set.of(Language.ES, Language.PT),
                1L).done()).isTrue();
        assertThat(issues.find(issueId).orElseThrow().state()).isEqualTo(IssueState.SCHEDULED);
    }

    @Test
    void theSendersAddressIsTheLeadPartners() {
        assertThat(network.leadPartner().postalAddress()).isEqualTo("10 allée Évariste Galois, 63000 Clermont-Ferrand, France");
        assertThat(senderAddress.postalAddress()).contains("Cybermassif, 10 allée Évariste Galois, 63000 Clermont-Ferrand, France");
    }
}

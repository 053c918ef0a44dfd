package eu.cybersudoe.toolbox;

import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.toolbox.internal.Actor;
import eu.cybersudoe.toolbox.internal.ReviewChecklist;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import eu.cybersudoe.accounts.internal.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static eu.cybersudoe.toolbox.ToolboxTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The counts as the catalogue defines them: guides and videos published in French, Spanish and
 * Portuguese, and companies made aware indirectly (a guide downloaded by a signed-in company
 * counts until the company attends a conference).
 */
@DatabaseTest
@AutoConfigureMockMvc
class ToolboxIndicatorsTest {

    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    ToolboxService service;
    @Autowired
    ReviewChecklist checklist;
    @Autowired
    MockMvc mvc;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    CompanyUsers companyUsers;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aGuideCountsOncePublishedInFrenchSpanishAndPortuguese() {
        long before = measure("methodological-guides", Optional.empty());
        long partnerBefore = measure("methodological-guides", Optional.of(PORTUGUESE));
        Actor author = staffOf(PORTUGUESE);
        Actor reviewer = staffOf(FRENCH);
        long id = guide(service, author, Language.PT, "Guia");
        publish(service, checklist, author, reviewer, id, Language.PT);
        service.write(author, id, Language.ES, "Guía", "", "");
        publish(service, checklist, author, reviewer, id, Language.ES);
        service.write(author, id, Language.EN, "Guide", "", "");
        publish(service, checklist, author, reviewer, id, Language.EN);
        assertThat(measure("methodological-guides", Optional.empty())).isEqualTo(before);
        service.write(author, id, Language.FR, "Guide", "", "");
        publish(service, checklist, author, reviewer, id, Language.FR);
        assertThat(measure("methodological-guides", Optional.empty())).isEqualTo(before + 1);
        assertThat(measure("methodological-guides", Optional.of(PORTUGUESE))).isEqualTo(partnerBefore + 1);
        assertThat(measure("awareness-videos", Optional.empty())).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aVideoCountsWithItsFileAndCaptionsInTheThreeLanguages() {
        long before = measure("awareness-videos", Optional.empty());
        Actor author = staffOf(PORTUGUESE);
        Actor reviewer = staffOf(FRENCH);
        long id = service.create(author, ItemKind.VIDEO, Language.PT, properties("security"), "Vídeo", "", "");
        service.attach(author, id, Language.PT, "v.webm", resource("reference/toolbox/demo/awareness.webm"));
        publish(service, checklist, author, reviewer, id, Language.PT);
        for (Language language : List.of(Language.ES, Language.FR)) {
            service.write(author, id, language, "Video", "", "");
            publish(service, checklist, author, reviewer, id, language);
        }
        assertThat(measure("awareness-videos", Optional.empty())).as("no captions yet").isEqualTo(before);
        for (Language language : List.of(Language.ES, Language.FR)) {
            service.caption(author, id, language, "c.vtt", resource("reference/toolbox/demo/captions-" + language.code() + ".vtt"));
            publish(service, checklist, author, reviewer, id, language);
        }
        assertThat(measure("awareness-videos", Optional.empty())).isEqualTo(before + 1);
    }

    @Test
    void aGuideDownloadedByASignedInCompanyMakesItAwareIndirectlyUntilItAttendsAConference() throws Exception {
        Actor author = staffOf(PORTUGUESE);
        long id = guide(service, author, Language.PT, "Guia para descarregar");
        service.attach(author, id, Language.PT, "guia.pdf", bytes("%PDF-1.7\n%%EOF\n".getBytes()));
        publish(service, checklist, author, staffOf(SPANISH), id, Language.PT);
        var company = (Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY,
                "Toolbox Reader " + UUID.randomUUID(), null, Country.PT, null, null, "4000-001", "Porto", null, 3, null, 2020, false,
                null, List.of()), PORTUGUESE);
        String email = "reader." + UUID.randomUUID() + "@example.org";
        var account = accounts.createConfirmed(email, "Reader", "{noop}x", Role.COMPANY_USER, null, Language.PT);
        companyUsers.linkCreator(account.id(), Role.COMPANY_USER, company.id());
        long before = measure("companies-indirectly-aware", Optional.empty());

        mvc.perform(get("/pt/toolbox/items/" + id + "/files/pt").with(user((SignedInUser) users.loadUserByUsername(email))));

        await().atMost(Duration.ofSeconds(10)).until(() -> measure("companies-indirectly-aware", Optional.empty()) == before + 1);
        assertThat(measure("companies-indirectly-aware", Optional.of(PORTUGUESE))).isGreaterThanOrEqualTo(1);
        jdbc.sql("""
                insert into organisation_event (organisation_id, kind, partner_id, occurred_at, summary, link)
                values (?, 'conference.attended', ?, current_timestamp, '{"source":"fr","texts":{"fr":"Réunion"}}', null)""")
                .params(company.id().value(), PORTUGUESE).update();
        assertThat(measure("companies-indirectly-aware", Optional.empty())).isEqualTo(before);
    }

    private long measure(String code, Optional<String> partner) {
        IndicatorSource source = sources.stream().filter(s -> s.indicators().contains(code)).findFirst().orElseThrow();
        return source.measure(code, LocalDate.now().plusDays(1), partner.map(eu.cybersudoe.network.PartnerId::new))
                .orElse(BigDecimal.valueOf(-1)).longValue();
    }
}

package eu.cybersudoe.diagnostics;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.diagnostics.internal.Assessment;
import eu.cybersudoe.diagnostics.internal.DiagnosticsOffice;
import eu.cybersudoe.diagnostics.internal.DiagnosticsOffice.Breakdown;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService.Opened;
import eu.cybersudoe.diagnostics.internal.PeerComparison;
import eu.cybersudoe.diagnostics.internal.PeerComparison.Group;
import eu.cybersudoe.diagnostics.internal.Reassessment;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Answers;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What follows a result: the peer comparison and its threshold, progress since the first
 * assessment with the recommendations followed, the anonymised aggregates, the partner's list,
 * and the impact indicators.
 */
@DatabaseTest
class FollowUpTest {

    static final Instant LONG_AGO = Instant.parse("2000-03-01T10:00:00Z");

    @Autowired
    PeerComparison peers;
    @Autowired
    DiagnosticsService diagnostics;
    @Autowired
    DiagnosticsOffice office;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    JdbcClient jdbc;

    final List<Long> inserted = new ArrayList<>();

    @AfterEach
    void removeInsertedAssessments() {
        inserted.forEach(id -> jdbc.sql("delete from assessment where id = ?").param(id).update());
    }

    // --- peers --------------------------------------------------------------------------------

    @Test
    void aCompanyIsComparedWithTheNarrowestGroupOfAtLeastTenOtherCompaniesTheirLatestAssessmentCountingOnce() {
        String code = "peers-" + UUID.randomUUID();
        for (int score = 10; score <= 100; score += 10) {
            insert(code, company(), score, "commerce", "micro", "FRK1", Instant.now());
        }
        CompanyId improved = company();
        insert(code, improved, 5, "commerce", "micro", "FRK1", Instant.parse("2020-01-01T00:00:00Z"));
        insert(code, improved, 90, "commerce", "micro", "FRK2", Instant.now());
        Assessment mine = mine(code, 55, "commerce", "micro", "FRK1");

        PeerComparison.Peers compared = peers.compare(mine).orElseThrow();

        assertThat(compared.group()).isEqualTo(Group.SECTOR_SIZE_COUNTRY);
        assertThat(compared.companies()).as("eleven companies besides this one, the improved one once").isEqualTo(11);
        assertThat(compared.percentile()).as("5 of 11 scored lower").isEqualTo(45);
        assertThat(compared.narrower()).isFalse();
        assertThat(compared.country()).isEqualTo("FR");
    }

    @Test
    void aGroupOfFewerThanTenOtherCompaniesIsWidenedAndNamedAndNothingIsShownWhenEvenTheNetworkIsTooSmall() {
        String code = "peers-" + UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            insert(code, company(), 40 + i, "commerce", "micro", "ES51", Instant.now());
        }
        for (int i = 0; i < 4; i++) {
            insert(code, company(), 60, "commerce", "small", "ES30", Instant.now());
        }
        Assessment small = mine(code, 50, "commerce", "small", "ES21");
        PeerComparison.Peers widened = peers.compare(small).orElseThrow();
        assertThat(widened.group()).isEqualTo(Group.SECTOR_COUNTRY);
        assertThat(widened.companies()).isEqualTo(10);
        assertThat(widened.narrower()).isTrue();

        String sparse = "peers-" + UUID.randomUUID();
        for (int i = 0; i < 9; i++) {
            insert(sparse, company(), 70, "tourism", "micro", "PT16", Instant.now());
        }
        Assessment alone = mine(sparse, 50, "tourism", "micro", "PT16");
        assertThat(peers.compare(alone)).as("nine others are not enough, at any level").isEmpty();

        insert(sparse, company(), 20, null, null, null, Instant.now());
        PeerComparison.Peers network = peers.compare(alone).orElseThrow();
        assertThat(network.group()).isEqualTo(Group.NETWORK);
        assertThat(network.percentile()).isEqualTo(10);
    }

    // --- progress -----------------------------------------------------------------------------

    @Test
    void aLaterAssessmentShowsTheChangeSinceTheFirstAndTheRecommendationsFollowed() {
        CompanyId company = company();
        long staff = DiagnosticsTestData.account(jdbc);
        Opened first = take(company, staff, Map.of("security-owner", "no", "awareness", "never"),
                Map.of("mfa", "no", "passwords", "shared"), Map.of("restore-test", "no"));
        assertThat(diagnostics.progress(first)).as("a first assessment has nothing to compare with").isEmpty();

        Opened later = take(company, staff, Map.of("security-owner", "yes", "awareness", "never"),
                Map.of("mfa", "yes", "passwords", "shared"), Map.of());

        Reassessment progress = diagnostics.progress(later).orElseThrow();
        assertThat(progress.first().id()).isEqualTo(first.assessment().id());
        assertThat(progress.delta()).isPositive().isEqualTo(later.assessment().overallScore() - first.assessment().overallScore());
        assertThat(progress.dimensions()).filteredOn(c -> c.part().code().equals("organisation")).singleElement()
                .satisfies(c -> assertThat(c.delta()).isEqualTo(50));
        assertThat(progress.questions()).extracting(c -> c.part().code()).containsExactly("security-owner", "mfa");
        assertThat(progress.questions()).filteredOn(c -> c.part().code().equals("mfa")).singleElement()
                .satisfies(c -> assertThat(List.of(c.before(), c.after())).containsExactly(0, 100));
        assertThat(progress.followed()).extracting(Questionnaire.Recommendation::code)
                .contains("enable-mfa")
                .as("a question left unanswered the second time is not a recommendation followed")
                .doesNotContain("test-restore");

        assertThat(diagnostics.changesSinceFirst(List.of(first.assessment(), later.assessment())))
                .containsOnlyKeys(later.assessment().id())
                .containsEntry(later.assessment().id(), progress.delta());
    }

    // --- office -------------------------------------------------------------------------------

    @Test
    void aggregatesShowOnlyGroupsOfAtLeastTenCompanies() {
        String code = "aggregates-" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            insert(code, company(), 50 + 2 * i, "industry", i % 2 == 0 ? "micro" : "small", "FRK1", Instant.now());
        }
        for (int i = 0; i < 3; i++) {
            insert(code, company(), 90, "industry", "micro", "ES51", Instant.now());
        }

        DiagnosticsOffice.Aggregates byRegion = office.aggregates(code, Breakdown.REGION);
        assertThat(byRegion.shown()).singleElement().satisfies(cell -> {
            assertThat(cell.region()).isEqualTo("FRK1");
            assertThat(cell.companies()).isEqualTo(10);
            assertThat(cell.meanScore()).isEqualTo(59);
            assertThat(cell.sector()).isNull();
        });
        assertThat(byRegion.suppressed()).isEqualTo(1);

        DiagnosticsOffice.Aggregates bySector = office.aggregates(code, Breakdown.SECTOR);
        assertThat(bySector.shown()).singleElement().satisfies(cell -> assertThat(cell.companies()).isEqualTo(13));

        DiagnosticsOffice.Aggregates all = office.aggregates(code, Breakdown.ALL);
        assertThat(all.shown()).as("five micro and five small in FRK1, three in ES51: every cell is too small").isEmpty();
        assertThat(all.suppressed()).isEqualTo(3);
    }

    @Test
    void partnersListTheAssessmentsOfTheCompaniesTheyBroughtOrServedOnly() {
        CompanyId ours = company();
        long assessment = insert("security", ours, 40, null, null, null, Instant.parse("2999-01-01T00:00:00Z"));
        assertThat(allPages("cybermassif")).contains(assessment);
        assertThat(allPages("ceei-burgos")).doesNotContain(assessment);
        assertThat(allPages(null)).contains(assessment);
        DiagnosticsOffice.AssessmentPage past = office.assessmentsKnownBy("cybermassif", 10_000);
        assertThat(past.page()).as("a page past the end is the last").isEqualTo(past.pageCount());
    }

    // --- indicators ---------------------------------------------------------------------------

    @Test
    void theImpactIndicatorsMeasureTheChangeOfCompaniesAssessedAtLeastTwice() {
        jdbc.sql("delete from assessment where completed_at < ?").param(Timestamp.from(Instant.parse("2001-01-01T00:00:00Z"))).update();
        CompanyId up = company();
        insert("security", up, 30, null, null, "FRK1", LONG_AGO);
        insert("security", up, 70, null, null, "FRK1", LONG_AGO.plusSeconds(3600));
        CompanyId down = company();
        insert("security", down, 60, null, null, "FRK1", LONG_AGO);
        insert("security", down, 50, null, null, "FRK1", LONG_AGO.plusSeconds(3600));
        insert("security", company(), 90, null, null, "FRK1", LONG_AGO);

        LocalDate until = LocalDate.of(2000, 12, 31);
        assertThat(measure("assessment-score-change", until, Optional.empty())).isEqualByComparingTo("15.0");
        assertThat(measure("assessment-score-change", until, Optional.of(new PartnerId("cybermassif")))).isEqualByComparingTo("15.0");
        assertThat(measure("assessment-score-change", until, Optional.of(new PartnerId("ceei-burgos")))).isEqualByComparingTo("0");
        assertThat(measure("companies-progressed", until, Optional.empty())).as("30 → 70 reaches a higher level; 60 → 50 does not")
                .isEqualByComparingTo("1");
        assertThat(measure("assessment-score-change", LocalDate.of(2000, 2, 1), Optional.empty())).isEqualByComparingTo("0");
    }

    // --- helpers ------------------------------------------------------------------------------

    private BigDecimal measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        return sources.stream().filter(s -> s.indicators().contains(indicator)).findFirst().orElseThrow()
                .measure(indicator, until, partner).orElseThrow();
    }

    private List<Long> allPages(String partner) {
        List<Long> ids = new ArrayList<>();
        DiagnosticsOffice.AssessmentPage page = office.assessmentsKnownBy(partner, 1);
        page.rows().forEach(r -> ids.add(r.assessment().id()));
        return ids;
    }

    private Opened take(CompanyId company, long staff, Map<String, String> organisation, Map<String, String> access,
                        Map<String, String> backup) {
        Opened opened = diagnostics.startFor(company, "security", Language.FR, staff, "cybermassif").opened();
        diagnostics.saveAnswers(opened, opened.questionnaire().dimension("organisation").orElseThrow(), organisation);
        diagnostics.saveAnswers(opened, opened.questionnaire().dimension("access").orElseThrow(), access);
        if (!backup.isEmpty()) {
            diagnostics.saveAnswers(opened, opened.questionnaire().dimension("backups").orElseThrow(), backup);
        }
        return diagnostics.complete(diagnostics.byId(opened.assessment().id()).orElseThrow());
    }

    private CompanyId company() {
        return DiagnosticsTestData.company(registry);
    }

    /** An assessment inserted as {@link #insert} does, as the module reads it. */
    private Assessment mine(String code, int score, String sector, String size, String region) {
        CompanyId company = company();
        Instant now = Instant.now();
        long id = insert(code, company, score, sector, size, region, now);
        return new Assessment(id, code, 1, Language.FR, null, company, new Assessment.CompanyContext(size, sector, region),
                "cybermassif", true, score, null, now, now, now, Answers.NONE);
    }

    /** A completed assessment written directly, with the partner of the test companies. */
    private long insert(String code, CompanyId company, int score, String sector, String size, String region, Instant completed) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into assessment (questionnaire_code, questionnaire_version, token_hash, language, organisation_id,
                            company_size, sector, region, partner_id, status, overall_score, band, started_at, updated_at, completed_at)
                        values (?, 1, ?, 'fr', ?, ?, ?, ?, 'cybermassif', 'COMPLETED', ?, null, ?, ?, ?)""")
                .params(code, UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000".substring(0, 32),
                        company.value(), size, sector, region, score, Timestamp.from(completed), Timestamp.from(completed),
                        Timestamp.from(completed))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        inserted.add(id);
        return id;
    }
}

package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A launched issue records the support structures and software editors of its audience as informed
 * of the programme, once per issue, and not the companies; {@code structures-informed} and
 * {@code software-editors-informed} move.
 */
@DatabaseTest
@TestPropertySource(properties = "cybersudoe.newsletters.workers=false")
class InformedMailingTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Issues issues;
    @Autowired
    Programme programme;
    @Autowired
    InformedOrganisations informedOrganisations;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    List<IndicatorSource> sources;

    NewsletterFixture fixture;

    @BeforeEach
    void isolate() {
        NewsletterFixture.cancelOthersInFlight(jdbc);
        fixture = new NewsletterFixture(jdbc, issues, programme);
    }

    @Test
    void launchedIssueRecordsItsStructuresAndEditorsOncePerIssue() throws InterruptedException {
        long structure = organisation("SUPPORT_STRUCTURE", "structure");
        long editor = organisation("SOFTWARE_EDITOR", "editor");
        long company = organisation("COMPANY", "company");
        BigDecimal structures = measure("structures-informed");
        BigDecimal editors = measure("software-editors-informed");

        long first = fixture.launched(List.of(Language.EN, Language.FR));
        awaitRecords(structure, 1);
        awaitRecords(editor, 1);

        assertThat(records(company)).isZero();
        assertThat(jdbc.sql("select channel, what, reference from organisation_informed where organisation_id = ?").param(editor)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).single())
                .startsWith("MAILING|Newsletter ").contains("Subject en").endsWith("|newsletter-issue-" + first);
        assertThat(measure("structures-informed")).isEqualByComparingTo(structures.add(BigDecimal.ONE));
        assertThat(measure("software-editors-informed")).isEqualByComparingTo(editors.add(BigDecimal.ONE));

        Issue launched = issues.find(first).orElseThrow();
        transactions.executeWithoutResult(s -> informedOrganisations.launched(launched, clock.instant(), clock.getZone()));
        Thread.sleep(500);
        assertThat(records(structure)).isEqualTo(1);
        assertThat(records(editor)).isEqualTo(1);

        fixture.launched(List.of(Language.EN));
        awaitRecords(structure, 2);
        awaitRecords(editor, 2);
        assertThat(records(company)).isZero();
        assertThat(measure("structures-informed")).isEqualByComparingTo(structures.add(BigDecimal.ONE));
        assertThat(measure("software-editors-informed")).isEqualByComparingTo(editors.add(BigDecimal.ONE));
    }

    private long organisation(String kind, String local) {
        long id = fixture.company("FR", local, "Camille", "fr", true);
        jdbc.sql("update organisation set kind = ? where id = ?").params(kind, id).update();
        return id;
    }

    private BigDecimal measure(String indicator) {
        return sources.stream().filter(s -> s.indicators().contains(indicator)).findFirst().orElseThrow()
                .measure(indicator, LocalDate.now(clock), Optional.empty()).orElseThrow();
    }

    private long records(long organisation) {
        return jdbc.sql("select count(*) from organisation_informed where organisation_id = ?").param(organisation)
                .query(Long.class).single();
    }

    private void awaitRecords(long organisation, long count) throws InterruptedException {
        for (int tries = 0; tries < 100 && records(organisation) < count; tries++) {
            Thread.sleep(100);
        }
        assertThat(records(organisation)).isEqualTo(count);
    }
}

package eu.cybersudoe.community;

import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.Discussion;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Companies taking part, cross-border exchanges and answered exchanges, counted from visible posts. */
@DatabaseTest
class CommunityIndicatorsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Community community;
    @Autowired
    Authors authors;
    @Autowired
    Discussions discussions;
    @Autowired
    List<IndicatorSource> sources;

    private long measure(String code) {
        IndicatorSource source = sources.stream().filter(s -> s.indicators().contains(code)).findFirst().orElseThrow();
        return source.measure(code, LocalDate.now().plusDays(1), Optional.empty()).map(BigDecimal::longValue).orElseThrow();
    }

    @Test
    void countsCompaniesCrossBorderAndAnsweredExchanges() {
        CommunityTestSupport support = new CommunityTestSupport(context);
        SignedInUser admin = support.admin();
        long takingPart = measure("community-companies-taking-part");
        long crossBorder = measure("community-cross-border-exchanges");
        long answered = measure("community-answered-exchanges");

        long group = support.group(true);
        SignedInUser spanish = support.companyUser("Empresa", Country.ES, "28001", Language.ES);
        support.member(group, spanish);
        long exchange = community.startDiscussion(group, authors.of(spanish),
                new Community.NewDiscussion("Pregunta", "¿Alguien?", Language.ES, Discussion.ExchangeKind.PROBLEM));
        assertThat(measure("community-companies-taking-part")).as("a pending post counts not").isEqualTo(takingPart);
        community.decide(discussions.opening(exchange).orElseThrow().id(), Community.Decision.APPROVE, "", admin);
        assertThat(measure("community-companies-taking-part")).isEqualTo(takingPart + 1);
        assertThat(measure("community-cross-border-exchanges")).isEqualTo(crossBorder);

        SignedInUser portuguese = support.companyUser("Empresa", Country.PT, "4000-001", Language.PT);
        support.member(group, portuguese);
        long answer = community.reply(exchange, authors.of(portuguese), "Sim", Language.PT, null);
        community.decide(answer, Community.Decision.APPROVE, "", admin);
        assertThat(measure("community-companies-taking-part")).isEqualTo(takingPart + 2);
        assertThat(measure("community-cross-border-exchanges")).isEqualTo(crossBorder + 1);
        assertThat(measure("community-answered-exchanges")).isEqualTo(answered);

        community.markHelped(exchange, answer, spanish.accountId());
        assertThat(measure("community-answered-exchanges")).isEqualTo(answered + 1);
    }
}

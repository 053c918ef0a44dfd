package eu.cybersudoe.community;

import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.CommunityRefused;
import eu.cybersudoe.community.internal.Discussion;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionStore;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Partner staff turn a company's exchange into a mission request, once; the missions module records it. */
@DatabaseTest
class CommunityReferralTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Community community;
    @Autowired
    Authors authors;
    @Autowired
    Discussions discussions;
    @Autowired
    CompanyUsers companyUsers;
    @Autowired
    MissionStore missions;

    @Test
    void anExchangeBecomesAMissionRequestOfItsCompany() {
        CommunityTestSupport support = new CommunityTestSupport(context);
        long group = support.group(true);
        SignedInUser company = support.companyUser("Empresa", Country.ES, "28001", Language.ES);
        support.member(group, company);
        long exchange = community.startDiscussion(group, authors.of(company), new Community.NewDiscussion("Cifrado",
                "Necesitamos cifrar los portátiles.", Language.ES, Discussion.ExchangeKind.PROBLEM));
        SignedInUser advisor = support.person("Asesor", Role.ADVISOR, "cybermassif", Language.FR);

        assertThat(community.mayRefer(discussions.find(exchange).orElseThrow(), company)).isFalse();
        assertThatThrownBy(() -> community.refer(exchange, company)).isInstanceOf(CommunityRefused.class);
        community.refer(exchange, advisor);
        assertThatThrownBy(() -> community.refer(exchange, advisor)).as("once").isInstanceOf(CommunityRefused.class);

        var companyId = companyUsers.companyOf(company.accountId()).orElseThrow();
        await().until(() -> !missions.ofCompany(companyId).isEmpty());
        Mission mission = missions.ofCompany(companyId).getFirst();
        assertThat(mission.request().origin()).isEqualTo(MissionOrigin.COMMUNITY);
        assertThat(mission.request().message()).contains("Cifrado").contains("Necesitamos cifrar los portátiles.");
        assertThat(mission.request().contactEmail()).isEqualTo(company.email());
        assertThat(mission.request().language()).isEqualTo(Language.ES);
    }
}

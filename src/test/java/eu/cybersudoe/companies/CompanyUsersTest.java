package eu.cybersudoe.companies;

import eu.cybersudoe.companies.CompanyUsers.Link;
import eu.cybersudoe.companies.CompanyUsers.LinkRefused;
import eu.cybersudoe.companies.CompanyUsers.Status;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.companies.CompanyUsers.Decider;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A company user is linked to a company by creating it or with a partner's approval, and to one company at most. */
@DatabaseTest
class CompanyUsersTest {

    @Autowired
    CompanyUsers users;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCreatorIsLinkedAtOnceAndOnlyOnce() {
        long account = account(Role.COMPANY_USER);
        CompanyId company = company("cybermassif", "63000");
        Link link = users.linkCreator(account, Role.COMPANY_USER, company);
        assertThat(link.status()).isEqualTo(Status.APPROVED);
        assertThat(link.createdCompany()).isTrue();
        assertThat(users.companyOf(account)).contains(company);
        assertRefused(() -> users.linkCreator(account, Role.COMPANY_USER, company("cybermassif", "63000")), "companies.link.alreadyLinked");
        assertRefused(() -> users.request(account, Role.COMPANY_USER, company), "companies.link.alreadyLinked");
    }

    @Test
    void aRequestLinksNothingUntilAPartnerOfTheCompanyApprovesIt() {
        long account = account(Role.COMPANY_USER);
        long manager = account(Role.PARTNER_MANAGER);
        CompanyId company = company("leitat", "08001");
        Link request = users.request(account, Role.COMPANY_USER, company);
        assertThat(request.status()).isEqualTo(Status.REQUESTED);
        assertThat(users.companyOf(account)).isEmpty();
        assertRefused(() -> users.request(account, Role.COMPANY_USER, company), "companies.link.alreadyRequested");
        assertThat(users.pendingFor(Decider.partnerStaff(1, "leitat"))).extracting(Link::id).contains(request.id());
        assertThat(users.pendingFor(Decider.partnerStaff(1, "ciebi"))).extracting(Link::id).doesNotContain(request.id());

        assertRefused(() -> users.approve(request.id(), Decider.partnerStaff(manager, "ciebi")), "companies.link.notYourCompany");
        Link approved = users.approve(request.id(), Decider.partnerStaff(manager, "leitat"));
        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(manager);
        assertThat(approved.decidedByPartner()).isEqualTo("leitat");
        assertThat(approved.decidedAt()).isNotNull();
        assertThat(users.companyOf(account)).contains(company);
        assertRefused(() -> users.refuse(request.id(), Decider.partnerStaff(manager, "leitat")), "companies.link.notPending");
    }

    @Test
    void thePartnerOfTheRegionAndNetworkAdminsMayDecideNotTheLeadPartnerARefusalLeavesNoLink() {
        long account = account(Role.COMPANY_USER);
        long manager = account(Role.PARTNER_MANAGER);
        long admin = account(Role.NETWORK_ADMIN);
        CompanyId company = company("ceei-burgos", "33201");
        Link first = users.request(account, Role.COMPANY_USER, company);
        Link refused = users.refuse(first.id(), Decider.partnerStaff(manager, "camara-gijon"));
        assertThat(refused.status()).isEqualTo(Status.REFUSED);
        assertThat(users.companyOf(account)).isEmpty();

        Link second = users.request(account, Role.COMPANY_USER, company);
        assertThat(users.pendingFor(Decider.partnerStaff(manager, "cybermassif"))).extracting(Link::id).doesNotContain(second.id());
        assertRefused(() -> users.approve(second.id(), Decider.partnerStaff(manager, "cybermassif")), "companies.link.notYourCompany");
        assertThat(users.pendingFor(Decider.networkAdmin(admin, null))).extracting(Link::id).contains(second.id());
        Link approved = users.approve(second.id(), Decider.networkAdmin(admin, null));
        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(admin);
        assertThat(approved.decidedByPartner()).isNull();
        assertThat(users.companyOf(account)).contains(company);
    }

    @Test
    void onlyCompanyUsersAreLinkedAndOneApprovalPerAccount() {
        CompanyId company = company("leitat", "08001");
        assertRefused(() -> users.request(account(Role.ADVISOR), Role.ADVISOR, company), "companies.link.notCompanyUser");
        assertRefused(() -> users.request(account(Role.COMPANY_USER), Role.COMPANY_USER, new CompanyId(-1)), "companies.link.unknownCompany");

        long account = account(Role.COMPANY_USER);
        long manager = account(Role.PARTNER_MANAGER);
        CompanyId other = company("leitat", "08001");
        Link one = users.request(account, Role.COMPANY_USER, company);
        Link two = users.request(account, Role.COMPANY_USER, other);
        users.approve(one.id(), Decider.partnerStaff(manager, "leitat"));
        assertRefused(() -> users.approve(two.id(), Decider.partnerStaff(manager, "leitat")), "companies.link.alreadyLinked");
        assertThat(users.companyOf(account)).contains(company);
    }

    @Test
    void deletingTheAccountDeletesItsLinks() {
        long account = account(Role.COMPANY_USER);
        users.linkCreator(account, Role.COMPANY_USER, company("ciebi", "6200-001"));
        jdbc.sql("delete from account where id = ?").param(account).update();
        assertThat(jdbc.sql("select count(*) from company_user_link where account_id = ?").param(account)
                .query(Long.class).single()).isZero();
    }

    static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(LinkRefused.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    long account(Role role) {
        String email = UUID.randomUUID() + "@example.org";
        jdbc.sql("""
                        insert into account (email, display_name, password_hash, role, language, created_at)
                        values (?, 'Test', '{noop}x', ?, 'fr', current_timestamp)""")
                .params(email, role.name()).update();
        return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
    }

    CompanyId company(String partner, String postcode) {
        Country country = postcode.contains("-") ? Country.PT : postcode.startsWith("0") || postcode.startsWith("3") ? Country.ES : Country.FR;
        NewOrganisation organisation = new NewOrganisation(OrganisationKind.COMPANY, "Entreprise " + UUID.randomUUID(), null,
                country, null, null, postcode, null, null, 3, null, 2020, false, null, java.util.List.of("test"));
        return ((Registration.Registered) registry.register(organisation, partner)).id();
    }
}

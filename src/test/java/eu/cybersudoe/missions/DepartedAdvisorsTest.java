package eu.cybersudoe.missions;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.accounts.internal.PeopleService;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * When accounts deactivates an advisor, the missions list shows the partner's managers the
 * open missions still in that advisor's name, and stops once the account is reactivated.
 */
@DatabaseTest
@AutoConfigureMockMvc
class DepartedAdvisorsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOpenMissionsOfADeactivatedAdvisorAreShownForReassignment() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        SignedInUser admin = person("admin." + unique, Role.NETWORK_ADMIN);
        SignedInUser manager = person("manager." + unique, Role.PARTNER_MANAGER);
        SignedInUser advisor = person("advisor." + unique, Role.ADVISOR);
        long company = ((Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY, "Départ " + unique,
                null, Country.FR, null, null, "63000", "Clermont-Ferrand", null, 3, null, 2020, false, null, List.of()),
                "cybermassif")).id().value();
        mission(company, advisor, "SCHEDULED");
        mission(company, advisor, "ACCEPTED");
        mission(company, advisor, "CANCELLED");

        people.deactivate(admin, advisor.accountId());
        for (int tries = 0; tries < 100 && departed(advisor) == 0; tries++) {
            Thread.sleep(100);
        }
        mvc.perform(get("/en/office/missions").with(user(manager)))
                .andExpect(content().string(containsString(advisor.displayName() + " can no longer sign in: 2 open missions to hand to another advisor")));
        mvc.perform(get("/en/office/missions").with(user(person("other." + unique, Role.PARTNER_MANAGER, "ciebi"))))
                .andExpect(content().string(not(containsString(advisor.displayName()))));

        people.reactivate(admin, advisor.accountId());
        for (int tries = 0; tries < 100 && departed(advisor) > 0; tries++) {
            Thread.sleep(100);
        }
        mvc.perform(get("/en/office/missions").with(user(manager)))
                .andExpect(content().string(not(containsString("can no longer sign in"))));
    }

    private long departed(SignedInUser advisor) {
        return jdbc.sql("select count(*) from mission_departed_advisor where account_id = ?").param(advisor.accountId())
                .query(Long.class).single();
    }

    private void mission(long company, SignedInUser advisor, String state) {
        jdbc.sql("""
                insert into mission (organisation_id, partner_id, origin, language, themes, state, advisor_id, advisor_name,
                    requested_at, updated_at, version)
                values (?, 'cybermassif', 'STAFF', 'fr', ',security,', ?, ?, ?, current_timestamp, current_timestamp, 0)""")
                .params(company, state, advisor.accountId(), advisor.displayName()).update();
    }

    private SignedInUser person(String name, Role role) {
        return person(name, role, "cybermassif");
    }

    private SignedInUser person(String name, Role role, String partner) {
        String email = name + "@example.org";
        accounts.createConfirmed(email, "Person " + name, "{noop}x", role, partner, Language.EN);
        return (SignedInUser) users.loadUserByUsername(email);
    }
}

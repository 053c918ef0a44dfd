package eu.cybersudoe.companies;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.events.EventPublications;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.RelayOutageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's decision on a company-user link is told after it commits: with the relay down the
 * person is linked all the same and the message waits, sent once the relay is back.
 */
@DatabaseTest
class CompanyLinkMailsRelayTest extends RelayOutageTest {

    @Autowired
    CompanyUsers users;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    AccountService accounts;

    @Test
    void anApprovalStaysWhileTheRelayIsDownAndThePersonIsToldOnceTheRelayIsBack() {
        Instant start = Instant.now().minusSeconds(1);
        String email = "link-" + UUID.randomUUID() + "@example.org";
        long person = accounts.createConfirmed(email, "Joana Sousa", "{noop}a-long-password", Role.COMPANY_USER, null, Language.PT).id();
        long manager = accounts.createConfirmed("manager-" + UUID.randomUUID() + "@example.org", "Rui Gestor",
                "{noop}a-long-password", Role.PARTNER_MANAGER, "leitat", Language.ES).id();
        String name = "Taller " + UUID.randomUUID();
        CompanyId company = ((Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY, name, null,
                Country.ES, null, null, "08001", "Barcelona", null, 3, null, 2020, false, null, List.of()), "leitat")).id();

        long link = users.request(person, Role.COMPANY_USER, company).id();
        users.approve(link, CompanyUsers.Decider.partnerStaff(manager, "leitat"));

        EventPublications.Pending owed = failed("CompanyUserLinks.on", start);
        assertThat(users.companyOf(person)).as("the relay outage does not undo the approval").contains(company);

        RELAY.start();
        publications.resubmit(owed.id());

        delivered(email, "CompanyUserLinks.on", start);
        publications.resubmitFailed();
        assertThat(RELAY.subjectsTo(email)).containsExactly("Está associado a " + name);
    }
}

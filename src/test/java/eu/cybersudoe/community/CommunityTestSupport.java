package eu.cybersudoe.community;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.Groups;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.UUID;

/** People and groups for the community's tests: company users of a country, staff, an admin. */
public class CommunityTestSupport {

    private final AccountService accounts;
    private final CompanyRegistry registry;
    private final CompanyUsers companyUsers;
    private final Community community;
    private final Authors authors;
    private final Groups groups;

    public CommunityTestSupport(ApplicationContext context) {
        this.accounts = context.getBean(AccountService.class);
        this.registry = context.getBean(CompanyRegistry.class);
        this.companyUsers = context.getBean(CompanyUsers.class);
        this.community = context.getBean(Community.class);
        this.authors = context.getBean(Authors.class);
        this.groups = context.getBean(Groups.class);
    }

    /** A company user of a new company of the country, speaking the language. */
    public SignedInUser companyUser(String name, Country country, String postcode, Language language) {
        SignedInUser user = person(name, Role.COMPANY_USER, null, language);
        Registration registered = registry.register(new NewOrganisation(OrganisationKind.COMPANY,
                name + " SL " + UUID.randomUUID().toString().substring(0, 6), null, country, null, null, postcode, null, null, 4,
                null, 2019, false, null, List.of()), "cybermassif");
        CompanyId company = ((Registration.Registered) registered).id();
        companyUsers.linkCreator(user.accountId(), Role.COMPANY_USER, company);
        return user;
    }

    public SignedInUser person(String name, Role role, String partner, Language language) {
        String email = name.toLowerCase().replaceAll("[^a-z]", ".") + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = accounts.createConfirmed(email, name, "{noop}community-password", role, partner, language).id();
        return new SignedInUser(id, email, name, role, partner, language, true, "{noop}community-password");
    }

    public SignedInUser admin() {
        return person("Network Admin", Role.NETWORK_ADMIN, "cybermassif", Language.EN);
    }

    /** A new open group (or one by request), so that each test starts from an empty group. */
    public long group(boolean open) {
        return community.createGroup(LocalizedText.of(Language.EN, "Test group " + UUID.randomUUID()),
                LocalizedText.of(Language.EN, "For tests"), open, admin());
    }

    /** Joins and, for a group by request, has the admin accept. */
    public void member(long group, SignedInUser user) {
        community.join(group, authors.of(user));
        if (groups.membership(group, user.accountId()).filter(m -> !m.active()).isPresent()) {
            community.decideRequest(group, user.accountId(), true, admin());
        }
    }

    /** A member whose first post was approved, so that their next posts show at once. */
    public SignedInUser trusted(long group, SignedInUser user, long discussion) {
        member(group, user);
        long first = community.reply(discussion, authors.of(user), "Hello", user.language(), null);
        community.decide(first, Community.Decision.APPROVE, "", admin());
        return user;
    }
}

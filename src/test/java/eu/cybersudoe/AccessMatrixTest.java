package eu.cybersudoe;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.imports.ImportJob;
import eu.cybersudoe.companies.imports.Imports;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.AccessInterceptor;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.RoleGrant;
import eu.cybersudoe.shared.security.SignedInUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every handler of the application and checks, for anonymous visitors, each role, and a
 * partner manager of another partner, that it is allowed or refused as its {@link Access} says.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final String OWN_PARTNER = "cybermassif";
    static final String OTHER_PARTNER = "ceei-burgos";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    /** A person the matrix tries every handler as; null user for anonymous. */
    record Persona(String name, SignedInUser user) {
    }

    final List<Persona> personas = new ArrayList<>();
    /** Values for path variables naming records: an organisation and a contact of the own partner. */
    final Map<String, String> records = new java.util.HashMap<>();

    @Autowired
    CompanyRegistry registry;
    @Autowired
    CompanyUsers companyUsers;
    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void createRecordsOfTheOwnPartner() {
        var registered = (Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY,
                "Matrix Test SARL", null, Country.FR, null, null, "63000", "Clermont-Ferrand", null, 3, null, 2020, false,
                null, List.of()), OWN_PARTNER);
        jdbc.sql("""
                insert into contact (organisation_id, first_name, last_name, email, email_key, language, newsletter_consent,
                    invitation_consent, created_at, updated_at, version)
                values (?, 'Matrix', 'Contact', 'matrix.contact@example.org', 'matrix.contact@example.org', 'fr', false, false,
                    current_timestamp, current_timestamp, 0)""").param(registered.id().value()).update();
        records.put("id", String.valueOf(registered.id().value()));
        ImportJob job = imports.upload(new Imports.Upload(OWN_PARTNER, null, "matrix.csv", Country.FR, LawfulBasis.CONSENT, "matrix",
                false, false, null), new java.io.ByteArrayInputStream("Raison sociale;Code postal\nMatrix;63000\n".getBytes()));
        records.put("importId", String.valueOf(job.id()));
        records.put("contactId", String.valueOf(jdbc.sql("select id from contact where email_key = 'matrix.contact@example.org'")
                .query(Long.class).single()));
    }

    @Autowired
    eu.cybersudoe.diagnostics.internal.DiagnosticsService diagnostics;

    @BeforeAll
    void createAnAssessment() {
        var started = diagnostics.start("security", Language.FR, null);
        records.put("token", started.token());
        records.put("assessmentId", String.valueOf(started.opened().assessment().id()));
    }

    @BeforeAll
    void createConferenceOfTheOwnPartner() {
        var company = (Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY,
                "Matrix Conference SARL", null, Country.FR, null, null, "63000", "Clermont-Ferrand", null, 3, null, 2020, false,
                null, List.of()), OWN_PARTNER);
        jdbc.sql("""
                insert into conference (partner_id, co_organisers, kind, status, title, description, themes, languages, format,
                    country, time_zone, starts_at, ends_at, capacity, confirmed, published_at, created_at, updated_at)
                values (?, ',', 'AWARENESS_CONFERENCE', 'PUBLISHED', '{"source":"fr","texts":{"fr":"Matrice"}}',
                    '{"source":"fr","texts":{"fr":"Matrice"}}', ',security,', ',fr,', 'ONLINE', 'FR', 'Europe/Paris',
                    timestamp '2030-01-10 09:00:00', timestamp '2030-01-10 11:00:00', 10, 1, current_timestamp,
                    current_timestamp, current_timestamp)""").param(OWN_PARTNER).update();
        long conference = jdbc.sql("select max(id) from conference").query(Long.class).single();
        jdbc.sql("""
                insert into conference_registration (conference_id, token, organisation_id, organisation_name, last_name, email,
                    email_key, language, status, walk_in, registered_at)
                values (?, 'matrix-token', ?, 'Matrix Conference SARL', 'Matrix', 'matrix.participant@example.org',
                    'matrix.participant@example.org', 'fr', 'CONFIRMED', false, current_timestamp)""")
                .params(conference, company.id().value()).update();
        records.put("conferenceId", String.valueOf(conference));
        records.put("registrationId", String.valueOf(jdbc.sql("select id from conference_registration where token = 'matrix-token'")
                .query(Long.class).single()));
        records.put("checkInToken", "matrix-token");
    }

    @BeforeAll
    void nameAnIssueOfTheNewsletterProgramme() {
        records.put("issueId", String.valueOf(jdbc.sql("select min(id) from newsletter_issue").query(Long.class).single()));
        records.put("language", "fr");
    }

    /** A discussion of the first community group with one visible post. */
    @BeforeAll
    void openACommunityDiscussion() {
        long group = jdbc.sql("select min(id) from community_group").query(Long.class).single();
        jdbc.sql("""
                insert into community_discussion (group_id, kind, title, language, created_at, last_post_at)
                values (?, 'DISCUSSION', 'Matrice', 'fr', current_timestamp, current_timestamp)""").param(group).update();
        long discussion = jdbc.sql("select max(id) from community_discussion").query(Long.class).single();
        jdbc.sql("""
                insert into community_post (discussion_id, author_id, author_name, language, body, status, reports, created_at)
                values (?, 0, 'Matrice', 'fr', 'Matrice', 'VISIBLE', 0, current_timestamp)""").param(discussion).update();
        records.put("groupId", String.valueOf(group));
        records.put("discussionId", String.valueOf(discussion));
        records.put("postId", String.valueOf(jdbc.sql("select max(id) from community_post").query(Long.class).single()));
    }

    @BeforeAll
    void createAToolboxItemOfTheOwnPartner() {
        jdbc.sql("""
                insert into toolbox_item (kind, partner_id, source_language, themes, sizes, sectors, level, licence, source_version,
                    created_by, created_at, updated_at)
                values ('GUIDE', ?, 'fr', ',security,', ',', ',', 'BEGINNER', 'CC_BY', 1, 0, current_timestamp, current_timestamp)""")
                .param(OWN_PARTNER).update();
        records.put("itemId", String.valueOf(jdbc.sql("select max(id) from toolbox_item").query(Long.class).single()));
    }

    /** A training programme with a certificate of a member of the own partner's staff. */
    @BeforeAll
    void certifyAManagerOfTheOwnPartner() {
        jdbc.sql("insert into training_programme (title, created_by, created_at) values (?, 0, current_timestamp)")
                .param("{\"source\":\"fr\",\"texts\":{\"fr\":\"Matrice\"}}").update();
        long programme = jdbc.sql("select max(id) from training_programme").query(Long.class).single();
        jdbc.sql("""
                insert into training_certificate (programme_id, account_id, partner_id, person_name, issued_on, issued_at)
                values (?, 0, ?, 'Matrix Manager', current_date, current_timestamp)""").params(programme, OWN_PARTNER).update();
        records.put("programmeId", String.valueOf(programme));
        records.put("certificateId", String.valueOf(jdbc.sql("select max(id) from training_certificate").query(Long.class).single()));
    }

    @Autowired
    eu.cybersudoe.accounts.internal.InvitationService invitations;

    /** A pending invitation of the own partner, and a person the admin pages may change without harming the personas. */
    @BeforeAll
    void inviteSomeoneToTheOwnPartner() {
        SignedInUser admin = (SignedInUser) users.loadUserByUsername(
                accounts.createConfirmed("matrix.inviter@example.org", "Matrix inviter", "{noop}x", Role.NETWORK_ADMIN,
                        OWN_PARTNER, Language.FR).email());
        var sent = (eu.cybersudoe.accounts.InvitationOutcome.Sent) invitations.invite(admin,
                new eu.cybersudoe.accounts.internal.InvitationService.Request("matrix.invited@example.org", "Matrix invited",
                        Role.ADVISOR, OWN_PARTNER, List.of(), Language.FR));
        records.put("invitationId", String.valueOf(sent.invitationId()));
        records.put("accountId", String.valueOf(accounts.createConfirmed("matrix.person@example.org", "Matrix person", "{noop}x",
                Role.ADVISOR, OWN_PARTNER, Language.FR).id()));
    }

    @BeforeAll
    void createPersonas() {
        personas.add(new Persona("anonymous", null));
        for (Role role : Role.values()) {
            personas.add(persona(role.name(), role, role.isPartnerStaff() ? OWN_PARTNER : null));
        }
        personas.add(persona("manager of another partner", Role.PARTNER_MANAGER, OTHER_PARTNER));
        personas.add(actingAs("own advisor acting as manager of another partner", new RoleGrant(Role.PARTNER_MANAGER, OTHER_PARTNER)));
        personas.add(actingAs("own advisor acting as evaluator", new RoleGrant(Role.EVALUATOR, null)));
        linkTheCompanyUserToACompany();
    }

    /** The company user persona has a company of its own, so that its pages open. */
    private void linkTheCompanyUserToACompany() {
        SignedInUser companyUser = personas.stream().filter(p -> p.name().equals(Role.COMPANY_USER.name())).findFirst()
                .orElseThrow().user();
        var own = (Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY, "Matrix Own Company",
                null, Country.FR, null, null, "63000", null, null, 2, null, 2021, false, null, List.of()), OWN_PARTNER);
        companyUsers.linkCreator(companyUser.accountId(), Role.COMPANY_USER, own.id());
        createMissionOfTheOwnCompany(own.id().value());
    }

    /** A mission of the company user's company, run by the own partner, so that both sides' pages open. */
    private void createMissionOfTheOwnCompany(long company) {
        jdbc.sql("""
                insert into mission (organisation_id, partner_id, origin, language, themes, state, held_on, actual_days,
                    requested_at, updated_at, version)
                values (?, ?, 'STAFF', 'fr', ',security,', 'HELD', date '2026-01-15', 1, current_timestamp, current_timestamp, 0)""")
                .params(company, OWN_PARTNER).update();
        records.put("missionId", String.valueOf(jdbc.sql("select max(id) from mission").query(Long.class).single()));
    }

    /** An advisor of the own partner who also holds another role and acts as it: only that role counts. */
    private Persona actingAs(String name, RoleGrant other) {
        Persona advisor = persona(name, Role.ADVISOR, OWN_PARTNER);
        jdbc.sql("insert into account_role (account_id, role, partner_id, granted_at) values (?, ?, ?, current_timestamp)")
                .params(advisor.user().accountId(), other.role().name(), other.partnerId()).update();
        SignedInUser signedIn = (SignedInUser) users.loadUserByUsername(advisor.user().email());
        return new Persona(name, signedIn.actingAs(other));
    }

    private Persona persona(String name, Role role, String partner) {
        String email = "matrix." + name.replace(' ', '-').toLowerCase() + "@example.org";
        accounts.createConfirmed(email, name, "{noop}matrix-password", role, partner, Language.FR);
        return new Persona(name, (SignedInUser) users.loadUserByUsername(email));
    }

    @Test
    void everyHandlerDeclaresWhoMayUseIt() {
        List<String> undeclared = handlers().stream()
                .filter(h -> AccessInterceptor.declarationOf(h.getValue()) == null)
                .map(h -> h.getValue().toString()).toList();
        assertThat(undeclared).as("handlers without @Access").isEmpty();
        assertThat(handlers()).hasSizeGreaterThan(10);
    }

    @TestFactory
    Stream<DynamicTest> everyHandlerAllowsAndRefusesAsDeclared() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : handlers()) {
            Access access = AccessInterceptor.declarationOf(handler.getValue());
            String pattern = handler.getKey().getPathPatternsCondition().getPatternValues().iterator().next();
            HttpMethod method = handler.getKey().getMethodsCondition().getMethods().stream().findFirst()
                    .map(RequestMethod::asHttpMethod).orElse(HttpMethod.GET);
            String url = exampleUrl(pattern);
            for (Persona persona : personas) {
                tests.add(DynamicTest.dynamicTest(method + " " + pattern + " as " + persona.name(),
                        () -> check(access, method, url, persona)));
            }
        }
        return tests.stream();
    }

    private void check(Access access, HttpMethod method, String url, Persona persona) throws Exception {
        Expected expected = expected(access, persona.user());
        MockHttpServletRequestBuilder call = request(method, url).with(csrf());
        if (persona.user() != null) {
            call = call.with(user(persona.user()));
        }
        Outcome outcome;
        try {
            MvcResult result = mvc.perform(call).andReturn();
            int status = result.getResponse().getStatus();
            String location = result.getResponse().getRedirectedUrl();
            outcome = status == 403 ? Outcome.FORBIDDEN
                    : status / 100 == 3 && location != null && location.matches(".*/[a-z]{2}/login") ? Outcome.SIGN_IN
                    : status / 100 == 3 && location != null && location.matches(".*/[a-z]{2}/(office|account)") ? Outcome.SENT_ON
                    : Outcome.ALLOWED;
        } catch (Exception failedInsideHandler) {
            outcome = Outcome.ALLOWED;
        }
        assertThat(outcome).as(method + " " + url + " as " + persona.name()).isEqualTo(expected.outcome);
    }

    enum Outcome { ALLOWED, SIGN_IN, FORBIDDEN, SENT_ON }

    record Expected(Outcome outcome) {
    }

    /** The rule, restated: what each declaration promises to each persona. */
    private static Expected expected(Access access, SignedInUser user) {
        return new Expected(switch (access.value()) {
            case PUBLIC -> Outcome.ALLOWED;
            case ANONYMOUS -> user == null ? Outcome.ALLOWED : Outcome.SENT_ON;
            case SIGNED_IN -> user == null ? Outcome.SIGN_IN : Outcome.ALLOWED;
            case ROLES -> {
                if (user == null) {
                    yield Outcome.SIGN_IN;
                }
                boolean roleAllowed = Arrays.asList(access.roles()).contains(user.role());
                boolean partnerAllowed = !(access.ownPartner() || access.partnerRows()) || user.role() == Role.NETWORK_ADMIN
                        || OWN_PARTNER.equals(user.partnerId());
                yield roleAllowed && partnerAllowed ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            }
        });
    }

    private String exampleUrl(String pattern) {
        String url = pattern.replace("{lang}", "fr").replace("{partnerId}", OWN_PARTNER);
        for (Map.Entry<String, String> record : records.entrySet()) {
            url = url.replace("{" + record.getKey() + "}", record.getValue());
        }
        return url.replaceAll("\\{[^}]+}", "1");
    }

    private List<Map.Entry<RequestMappingInfo, HandlerMethod>> handlers() {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(h -> !AccessInterceptor.isFrameworkHandler(h.getValue()))
                .filter(h -> h.getKey().getPathPatternsCondition() != null)
                .toList();
    }
}

package eu.cybersudoe.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountHistory;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.accounts.internal.Invitation;
import eu.cybersudoe.accounts.internal.InvitationService;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyRegistryTestSupport;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.companies.imports.ImportField;
import eu.cybersudoe.companies.imports.ImportJob;
import eu.cybersudoe.companies.imports.Imports;
import eu.cybersudoe.companies.imports.ReviewDecision;
import eu.cybersudoe.companies.imports.RowOutcome;
import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.conferences.internal.ConferenceStatus;
import eu.cybersudoe.conferences.internal.RegistrationStatus;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.DeliveryMode;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.MissionState;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.newsletters.internal.BounceKind;
import eu.cybersudoe.newsletters.internal.IssueState;
import eu.cybersudoe.newsletters.internal.SendState;
import eu.cybersudoe.newsletters.internal.Suppressions;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person reads on the back office's and the public pages, in the four languages, holds no raw
 * value: no enum constant (states, kinds, formats, origins, modes, roles), no ISO date or timestamp,
 * no partner identifier and no NUTS code; each is a label, a local date or a name.
 */
@BrowserTest
class RawValuesBrowserTest {

    static final String PASSWORD = "un mot de passe assez long";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Pattern ISO = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}[^\\s]*)?\\b");
    static final Pattern NUTS = Pattern.compile("\\b(?:FR|ES|PT)[0-9A-Z]\\d\\b");
    static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    MissionService missions;
    @Autowired
    ConferenceOffice conferences;
    @Autowired
    Network network;
    @Autowired
    Imports imports;
    @Autowired
    InvitationService invitations;
    @Autowired
    JdbcClient jdbc;

    String manager;
    long managerId;
    String admin;
    long importId;
    long waitingImportId;
    long issueId;
    long missionId;
    long conferenceId;
    CompanyId company;

    @BeforeEach
    void aMissionHeldRemotelyAndAConference() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        manager = "cheffe." + unique + "@example.org";
        managerId = accounts.createConfirmed(manager, "Claire Responsable", "{noop}" + PASSWORD, Role.PARTNER_MANAGER,
                "cybermassif", Language.FR).id();
        company = ((Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY,
                "Fromagerie du Sancy " + unique, null, Country.FR, null, "1 place du Marché", "63240", "Le Mont-Dore", null, 7, null,
                2012, false, null, List.of(), null), "cybermassif")).id();
        Actor staff = new Actor(managerId, "Claire Responsable");
        missionId = missions.request(company, new Mission.Request(MissionOrigin.STAFF, null, null, null,
                "fromagerie." + unique + "@example.org", Language.FR, "Vendre en ligne", List.of("commerce"), null), staff).id();
        missions.accept(missionId, staff);
        LocalDate day = LocalDate.now(PARIS).minusDays(2);
        missions.schedule(missionId, staff, new Mission.Schedule(day, DeliveryMode.REMOTE, new BigDecimal("0.5")), managerId);
        missions.hold(missionId, staff, day, new BigDecimal("0.5"));

        var start = LocalDate.now(PARIS).plusDays(9).atTime(14, 0).atZone(PARIS).toInstant();
        conferenceId = conferences.create("cybermassif", new ConferenceDetails(ConferenceKind.WORKSHOP,
                LocalizedText.of(Language.FR, "Atelier vente en ligne " + unique), LocalizedText.of(Language.FR, "Un après-midi pratique."),
                List.of(), List.of("commerce"), List.of(Language.FR), ConferenceFormat.HYBRID, "Salle des fêtes", "Place de Jaude",
                "63000", "Clermont-Ferrand", Country.FR, null, "https://visio.example.org/atelier", PARIS, start,
                start.plusSeconds(10800), 40, null, null, null));
        conferences.publish(conferenceId);

        admin = "admin." + unique + "@example.org";
        long adminId = accounts.createConfirmed(admin, "Network Admin", "{noop}" + PASSWORD, Role.NETWORK_ADMIN, "cybermassif",
                Language.FR).id();
        invitations.invite(new SignedInUser(adminId, admin, "Network Admin", Role.NETWORK_ADMIN, "cybermassif", Language.FR, true,
                        "{noop}x"),
                new InvitationService.Request("conseil." + unique + "@example.org", "Paul Conseil", Role.ADVISOR, "cybermassif",
                        List.of(), Language.FR));
        // The second row has the name and postcode of the company above with an identifier: a probable duplicate to review.
        ImportJob job = imports.upload(new Imports.Upload("cybermassif", managerId, "salon.csv", Country.FR, LawfulBasis.CONSENT,
                "salon 2026", false, false, StandardCharsets.UTF_8), new ByteArrayInputStream(
                ("Raison sociale;Code postal;Ville;Email;SIREN\nBoulangerie " + unique + ";63000;Clermont-Ferrand;pain." + unique
                        + "@example.org;\nFromagerie du Sancy " + unique + ";63240;Le Mont-Dore;;"
                        + CompanyRegistryTestSupport.uniqueSiren() + "\n").getBytes(StandardCharsets.UTF_8)));
        imports.start(job, imports.preview(job).mapping());
        importId = job.id();
        awaitEnd(importId);
        // A file uploaded and waiting for its columns to be mapped.
        waitingImportId = imports.upload(new Imports.Upload("cybermassif", managerId, "foire.csv", Country.FR,
                LawfulBasis.LEGITIMATE_INTEREST, "foire 2026", false, false, StandardCharsets.UTF_8), new ByteArrayInputStream(
                ("Nom;CP;Commune;Courriel;Effectif\nGarage " + unique + ";63100;Clermont-Ferrand;garage." + unique
                        + "@example.org;12\n").getBytes(StandardCharsets.UTF_8))).id();
        issueId = jdbc.sql("select min(i.id) from newsletter_issue i where not exists "
                + "(select 1 from newsletter_send s where s.issue_id = i.id)").query(Long.class).single();
    }

    @Test
    void pagesShowLabelsDatesAndNamesInEveryLanguage(Page page) {
        signIn(page, manager);
        assertThat(scan(page, List.of("/office", "/office/missions", "/office/missions/" + missionId, "/office/conferences",
                "/office/conferences/" + conferenceId, "/conferences", "/conferences/" + conferenceId,
                "/office/companies/" + company.value(), "/office/newsletters", "/network", "/network/cybermassif",
                "/office/imports", "/office/imports/" + importId, "/office/diagnostics", "/office/diagnostics/assessments",
                "/office/indicators",
                "/office/people", "/account", "/office/imports/" + waitingImportId + "/mapping",
                "/office/imports/" + importId + "/review", "/office/newsletters/" + issueId + "/variants/fr",
                "/office/newsletters/" + issueId + "/bounces"))).isEmpty();
    }

    @Test
    void theNetworkAdminsPagesShowLabelsDatesAndNamesInEveryLanguage(Page page) {
        signIn(page, admin);
        assertThat(scan(page, List.of("/office/outbox", "/office/events", "/office/people", "/office/indicators",
                "/office/people/" + managerId, "/account", "/office/newsletters", "/office/newsletters/" + issueId,
                "/office/newsletters/" + issueId + "/variants/es", "/office/newsletters/" + issueId + "/bounces",
                "/office/newsletters/" + issueId + "/report"))).isEmpty();
        // An issue not sent yet: each part of its report says so in the empty style, not as an empty table.
        page.navigate(url("/fr/office/newsletters/" + issueId + "/report"));
        assertThat(page.locator("p.empty#by-language").textContent()).isEqualTo("Par langue : aucun exemplaire remis pour l'instant.");
        assertThat(page.locator("p.empty#by-link").textContent()).isEqualTo("Par lien : aucun clic pour l'instant.");
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/fr/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        BrowserSupport.throughOneTimeCodeSetUp(page);
        page.waitForURL(address -> !address.contains("/login"));
    }

    /** Each page in each language; what it shows that is a raw value, one line each. */
    private List<String> scan(Page page, List<String> paths) {
        Set<String> constants = constants();
        Set<String> partnerIds = network.partners().stream().map(p -> p.id().value()).collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String path : paths) {
                String address = "/" + language.code() + path;
                assertThat(page.navigate(url(address)).status()).as(address).isEqualTo(200);
                String text = page.locator("body").innerText();
                all(ISO, text).forEach(value -> found.add(address + ": date " + value));
                all(NUTS, text).forEach(value -> found.add(address + ": NUTS code " + value));
                all(CONSTANT, text).filter(constants::contains).forEach(value -> found.add(address + ": constant " + value));
                Arrays.stream(text.split("[\\s,;:()·→]+")).filter(partnerIds::contains)
                        .forEach(value -> found.add(address + ": partner identifier " + value));
            }
        }
        return found;
    }

    private void awaitEnd(long id) {
        for (int i = 0; i < 600 && imports.find(id).orElseThrow().status().working(); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Stream<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group());
        }
        return values.stream();
    }

    private static Set<String> constants() {
        return Stream.of(MissionState.values(), MissionOrigin.values(), DeliveryMode.values(), ConferenceKind.values(),
                        ConferenceFormat.values(), ConferenceStatus.values(), RegistrationStatus.values(), Role.values(),
                        OrganisationKind.values(), ConsentPurpose.values(), LawfulBasis.values(), ImportJob.Status.values(),
                        RowOutcome.values(), ReviewDecision.values(), ImportField.values(), AccountHistory.Kind.values(),
                        Invitation.Status.values(), IssueState.values(), SendState.values(), BounceKind.values(),
                        Suppressions.Reason.values())
                .flatMap(Arrays::stream).map(Enum::name).collect(Collectors.toSet());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

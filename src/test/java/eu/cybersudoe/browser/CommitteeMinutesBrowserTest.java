package eu.cybersudoe.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.committees.CommitteeRole;
import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.GroupKind;
import eu.cybersudoe.committees.internal.ActionItem;
import eu.cybersudoe.committees.internal.Decision;
import eu.cybersudoe.committees.internal.GroupService;
import eu.cybersudoe.committees.internal.GroupStore;
import eu.cybersudoe.committees.internal.Meeting;
import eu.cybersudoe.committees.internal.MeetingPlanner;
import eu.cybersudoe.committees.internal.MeetingStore;
import eu.cybersudoe.committees.internal.Person;
import eu.cybersudoe.committees.internal.RegisterStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The technical committee's secretary writes the minutes of a meeting with a decision and two
 * actions, each owner finds their action on their own list, and the minutes are approved at the
 * committee's next meeting.
 */
@BrowserTest
class CommitteeMinutesBrowserTest {

    static final String PASSWORD = "un mot de passe assez long";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    MeetingPlanner planner;
    @Autowired
    GroupStore groups;
    @Autowired
    GroupService groupService;
    @Autowired
    MeetingStore meetings;
    @Autowired
    RegisterStore register;
    @Autowired
    JdbcClient jdbc;

    String secretary;
    String alice;
    String bruno;
    long aliceId;
    long brunoId;
    Group technical;
    Meeting first;
    Meeting next;

    @BeforeEach
    void aTechnicalCommitteeWithTwoHeldMeetings() {
        planner.plan();
        technical = groups.ofKind(GroupKind.TECHNICAL).orElseThrow();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        secretary = "secretaire." + unique + "@example.org";
        alice = "alice." + unique + "@example.org";
        bruno = "bruno." + unique + "@example.org";
        long secretaryId = accounts.createConfirmed(secretary, "Sara Secrétaire", "{noop}" + PASSWORD, Role.PARTNER_MANAGER,
                "cybermassif", Language.FR).id();
        aliceId = accounts.createConfirmed(alice, "Alice Conseillère", "{noop}" + PASSWORD, Role.ADVISOR, "cybermassif",
                Language.FR).id();
        brunoId = accounts.createConfirmed(bruno, "Bruno Gestor", "{noop}" + PASSWORD, Role.PARTNER_MANAGER, "ceei-burgos",
                Language.FR).id();
        Person admin = new Person(0, "Admin", true, null);
        LocalDate from = LocalDate.of(1998, 1, 1);
        assertThat(groupService.addMember(technical.id(), admin, secretaryId, CommitteeRole.SECRETARY, from).done()).isTrue();
        assertThat(groupService.addMember(technical.id(), admin, aliceId, CommitteeRole.MEMBER, from).done()).isTrue();
        assertThat(groupService.addMember(technical.id(), admin, brunoId, CommitteeRole.MEMBER, from).done()).isTrue();
        first = webMeeting("1998-03", Instant.parse("1998-03-03T09:00:00Z"));
        next = webMeeting("1998-04", Instant.parse("1998-04-07T08:00:00Z"));
    }

    /** Two web meetings long held, before every meeting of the calendar, so that the second follows the first. */
    private Meeting webMeeting(String month, Instant startsAt) {
        jdbc.sql("""
                        insert into committee_meeting (group_id, format, starts_at, time_zone, duration_minutes, language, series_month,
                            created_at) values (?, 'WEB', ?, 'Europe/Paris', 120, 'fr', ?, ?)""")
                .params(technical.id(), Timestamp.from(startsAt), month, Timestamp.from(Instant.now())).update();
        return meetings.allOfGroup(technical.id()).stream().filter(m -> month.equals(m.seriesMonth())).findFirst().orElseThrow();
    }

    @Test
    void theSecretaryWritesTheMinutesTheOwnersSeeTheirActionsAndTheNextMeetingApprovesThem(Page page) {
        signIn(page, secretary);
        page.navigate(url(meetingPath(first)));
        page.locator("#agenda-title").fill("Avancement des guides");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le point a été ajouté à l’ordre du jour.");
        MeetingStore.AgendaItem item = meetings.agenda(first.id()).getFirst();

        page.locator("#minutes-" + item.id()).fill("Deux guides sont relus ; le guide des sauvegardes sera publié en janvier.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le compte rendu")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le compte rendu a été enregistré.");

        page.locator("#text").fill("Le guide des sauvegardes est validé pour publication.");
        page.locator("#decision-item").selectOption(String.valueOf(item.id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La décision a été inscrite au registre.");

        giveAction(page, "Relire la version portugaise", "Alice Conseillère");
        giveAction(page, "Préparer la diffusion en Espagne", "Bruno Gestor");
        assertThat(page.locator("main")).containsText("Relire la version portugaise");
        assertThat(page.locator("main")).containsText("Le guide des sauvegardes est validé pour publication.");
        signOut(page);

        signIn(page, alice);
        page.navigate(url("/fr/office/my-actions"));
        assertThat(page.locator("main")).containsText("Relire la version portugaise");
        assertThat(page.locator("main")).not().containsText("Préparer la diffusion en Espagne");
        signOut(page);

        signIn(page, bruno);
        page.navigate(url("/fr/office/my-actions"));
        assertThat(page.locator("main")).containsText("Préparer la diffusion en Espagne");
        assertThat(page.locator("main")).not().containsText("Relire la version portugaise");
        signOut(page);

        signIn(page, secretary);
        page.navigate(url(meetingPath(next)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approuver ce compte rendu")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le compte rendu de la réunion précédente est approuvé.");
        page.navigate(url(meetingPath(first)));
        assertThat(page.locator("main")).containsText("Approuvé lors de la réunion");

        Meeting approved = meetings.find(first.id()).orElseThrow();
        assertThat(approved.approvedInId()).isEqualTo(next.id());
        List<Decision> decisions = register.decisionsOfMeeting(first.id());
        assertThat(decisions).singleElement().satisfies(d -> assertThat(d.agendaItemId()).isEqualTo(item.id()));
        assertThat(register.actionsOfMeeting(first.id())).extracting(ActionItem::ownerId).containsExactlyInAnyOrder(aliceId, brunoId);
    }

    private void giveAction(Page page, String what, String owner) {
        page.locator("#title").fill(what);
        page.locator("#ownerId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(owner));
        page.locator("#dueOn").fill("2030-01-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confier").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’action a été confiée.");
    }

    private String meetingPath(Meeting meeting) {
        return "/fr/office/committees/" + technical.id() + "/meetings/" + meeting.id();
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/fr/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
    }

    private void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package eu.cybersudoe.committees.web;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.committees.CommitteeRole;
import eu.cybersudoe.committees.CommitteeTables;
import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.GroupKind;
import eu.cybersudoe.committees.internal.ActionItem;
import eu.cybersudoe.committees.internal.AgendaDocuments;
import eu.cybersudoe.committees.internal.Decision;
import eu.cybersudoe.committees.internal.Deliverable;
import eu.cybersudoe.committees.internal.GroupService;
import eu.cybersudoe.committees.internal.GroupStore;
import eu.cybersudoe.committees.internal.Meeting;
import eu.cybersudoe.committees.internal.MeetingPlanner;
import eu.cybersudoe.committees.internal.MeetingService;
import eu.cybersudoe.committees.internal.MeetingStore;
import eu.cybersudoe.committees.internal.Person;
import eu.cybersudoe.committees.internal.ReviewedEditions;
import eu.cybersudoe.monitoring.Closer;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every committees page over HTTP: whole pages for the signed-in, the sign-in page for the
 * anonymous, nothing for company users; what a non-member reads (only what the committee
 * publishes); errors beside their fields with what was typed kept; agenda documents through the
 * upload guard; the closed semester edition a meeting reviews; no enum constant or ISO date shown.
 */
@DatabaseTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class CommitteePagesTest {

    /** The enum constants the committees hold, none of which may reach a page's text. */
    static final List<String> CONSTANTS = Stream.of(CommitteeRole.values(), GroupKind.values(), Meeting.Format.values(),
                    MeetingStore.Answer.values(), MeetingStore.Attendance.values(), Decision.Mode.values(), ActionItem.Status.values(),
                    Deliverable.State.values(), Deliverable.Kind.values())
            .flatMap(Arrays::stream).map(Enum::name).toList();

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingPlanner planner;
    @Autowired
    GroupStore groups;
    @Autowired
    GroupService groupService;
    @Autowired
    MeetingStore meetings;
    @Autowired
    MeetingService service;
    @Autowired
    AgendaDocuments documents;
    @Autowired
    ReviewedEditions editions;
    @Autowired
    Monitoring monitoring;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    final Person admin = new Person(0, "Admin", true, null);
    Group technical;
    SignedInUser secretary;
    SignedInUser member;
    SignedInUser outsider;
    Meeting launch;
    String base;

    @BeforeEach
    void aTechnicalCommitteeAtItsLaunchMeeting() {
        CommitteeTables.empty(jdbc);
        clock.set(Instant.parse("2009-01-05T09:00:00Z"));
        planner.plan();
        technical = groups.ofKind(GroupKind.TECHNICAL).orElseThrow();
        secretary = staff("Sara Secretaria", Role.PARTNER_MANAGER, "ceei-burgos");
        member = staff("Alice Membre", Role.ADVISOR, "cybermassif");
        outsider = staff("Olga Extérieure", Role.ADVISOR, "cybermassif");
        LocalDate start = LocalDate.of(2009, 1, 1);
        assertThat(groupService.addMember(technical.id(), admin, secretary.accountId(), CommitteeRole.SECRETARY, start).done()).isTrue();
        assertThat(groupService.addMember(technical.id(), admin, member.accountId(), CommitteeRole.MEMBER, start).done()).isTrue();
        clock.set(Instant.parse("2009-09-24T15:00:00Z"));
        launch = meetings.allOfGroup(technical.id()).stream().filter(m -> "launch-clermont-ferrand".equals(m.calendarCode()))
                .findFirst().orElseThrow();
        base = "/fr/office/committees/" + technical.id() + "/meetings/" + launch.id();
    }

    private SignedInUser staff(String name, Role role, String partner) {
        String email = "staff-" + UUID.randomUUID() + "@example.org";
        long id = accounts.createConfirmed(email, name, "{noop}x", role, partner, Language.FR).id();
        return new SignedInUser(id, email, name, role, partner, Language.FR, true, "{noop}x");
    }

    private Person person(SignedInUser user) {
        return new Person(user.accountId(), user.displayName(), false, user.partnerId());
    }

    /** The launch meeting with an agenda item, its minutes written, a decision and an action: held, not yet approved. */
    private long heldWithMinutes() {
        Person sara = person(secretary);
        assertThat(service.addAgendaItem(launch, sara, "Plan de travail").done()).isTrue();
        long item = meetings.agenda(launch.id()).getFirst().id();
        assertThat(service.writeMinutes(launch, sara, Map.of(item, "Les minutes confidentielles du plan.")).done()).isTrue();
        assertThat(service.decide(launch, sara, "Le plan est adopté.", item, Decision.Mode.CONSENSUS, null, null, null).done()).isTrue();
        assertThat(service.giveAction(launch, sara, "Rédiger le guide", member.accountId(), LocalDate.of(2009, 10, 20), item).done())
                .isTrue();
        return item;
    }

    private String page(String path, SignedInUser who) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).as("%s renders whole", path).contains("</main>").contains("</html>");
        assertNoRawValues(path, html);
        return html;
    }

    /** No enum constant nor ISO date in what people read (tags and their attributes set aside). */
    static void assertNoRawValues(String path, String html) {
        String text = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
        assertThat(text).as("%s shows no ISO date", path).doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
        for (String constant : CONSTANTS) {
            assertThat(text).as("%s shows no raw %s", path, constant).doesNotContainPattern("\\b" + constant + "\\b");
        }
    }

    @Test
    void everyPageRendersWholeForStaffAndAsksTheAnonymousToSignIn() throws Exception {
        heldWithMinutes();
        List<String> paths = List.of("/fr/office/committees", "/fr/office/committees/" + technical.id(), base,
                "/fr/office/my-actions", "/fr/office/deliverables", "/fr/office/committees/" + technical.id() + "/decisions");
        for (String path : paths) {
            page(path, secretary);
            page(path, member);
            page(path, outsider);
            String location = mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                    .getRedirectedUrl();
            assertThat(location).as("the anonymous are sent to sign in from %s", path).matches(".*/fr/login.*");
            mvc.perform(get(path).with(user(companyUser()))).andExpect(status().isForbidden());
        }
        assertThat(page("/fr/office/my-actions", member)).contains("Rédiger le guide").contains("20 octobre 2009");
        assertThat(page(base, secretary)).contains("Les minutes confidentielles du plan.").contains("Enregistrer le compte rendu");
    }

    private SignedInUser companyUser() {
        return new SignedInUser(999_999, "owner@example.org", "Owner", Role.COMPANY_USER, null, Language.FR, true, "{noop}x");
    }

    @Test
    void nonMembersReadOnlyWhatTheCommitteePublishes() throws Exception {
        heldWithMinutes();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", "plan.pdf", "application/pdf", pdf))
                .param("agendaItemId", String.valueOf(meetings.agenda(launch.id()).getFirst().id()))
                .with(csrf()).with(user(secretary))).andExpect(status().is3xxRedirection());
        long documentId = documents.of(launch.id()).getFirst().id();

        String outside = page(base, outsider);
        assertThat(outside).contains("Plan de travail").doesNotContain("Les minutes confidentielles du plan.")
                .doesNotContain("Le plan est adopté.").doesNotContain("Rédiger le guide").doesNotContain("plan.pdf")
                .doesNotContain("Enregistrer le compte rendu");
        mvc.perform(get(base + "/minutes.pdf").with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/documents/" + documentId).with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/minutes").param("minutes-1", "x").with(csrf()).with(user(outsider)))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.agenda(launch.id()).getFirst().minutes()).isEqualTo("Les minutes confidentielles du plan.");

        assertThat(page(base, member)).contains("Les minutes confidentielles du plan.").contains("plan.pdf");
        mvc.perform(get(base + "/documents/" + documentId).with(user(member))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("reunion-" + launch.id() + "-plan.pdf")));

        Meeting next = meetings.next(launch).orElseThrow();
        clock.set(next.startsAt().plusSeconds(600));
        assertThat(service.approvePrevious(next, person(secretary)).done()).isTrue();
        assertThat(page(base, outsider)).contains("Les minutes confidentielles du plan.").contains("Le plan est adopté.")
                .contains("plan.pdf").doesNotContain("Rédiger le guide");
        mvc.perform(get(base + "/documents/" + documentId).with(user(outsider))).andExpect(status().isOk());
        mvc.perform(get(base + "/minutes.pdf").with(user(outsider))).andExpect(status().isOk());
    }

    @Test
    void documentsAreCheckedByTheirContentAndRefusedBesideTheirField() throws Exception {
        long item = heldWithMinutes();
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        String refused = mvc.perform(multipart(base + "/documents")
                        .file(new MockMultipartFile("file", "ordre-du-jour.pdf", "application/pdf", program))
                        .param("agendaItemId", String.valueOf(item)).with(csrf()).with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"document-file-error\"").contains("aria-invalid=\"true\"");
        assertThat(documents.of(launch.id())).isEmpty();
        String missing = mvc.perform(multipart(base + "/documents").param("agendaItemId", String.valueOf(item))
                .with(csrf()).with(user(secretary))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(missing).contains("Choisissez un document à joindre.");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", "schema.png", "image/png", png))
                .param("agendaItemId", String.valueOf(item)).with(csrf()).with(user(member))).andExpect(status().is3xxRedirection());
        assertThat(documents.of(launch.id())).as("a member who does not run the meeting attaches nothing").isEmpty();
        mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", "schema.png", "image/png", png))
                .param("agendaItemId", String.valueOf(item)).with(csrf()).with(user(secretary))).andExpect(status().is3xxRedirection());
        assertThat(documents.of(launch.id())).singleElement().satisfies(d -> assertThat(d.fileName()).isEqualTo("schema.png"));
        mvc.perform(post(base + "/documents/" + documents.of(launch.id()).getFirst().id() + "/remove").with(csrf()).with(user(secretary)))
                .andExpect(status().is3xxRedirection());
        assertThat(documents.of(launch.id())).isEmpty();
    }

    @Test
    void eachFormKeepsWhatWasTypedAndShowsItsErrorBesideTheField() throws Exception {
        String details = typed(base + "/details", Map.of("place", "Salle 2", "webLink", "javascript:alert(1)"));
        assertThat(details).contains("id=\"webLink-error\"").contains("value=\"javascript:alert(1)\"").contains("value=\"Salle 2\"");
        heldWithMinutes();
        String agenda = typed(base + "/agenda", Map.of("title", " "));
        assertThat(agenda).contains("id=\"agenda-title-error\"").contains("Donnez au point un titre");


        String action = typed(base + "/actions", Map.of("title", "Relire le guide", "ownerId", String.valueOf(member.accountId()),
                "dueOn", "2009-09-01"));
        assertThat(action).contains("id=\"dueOn-error\"").contains("value=\"Relire le guide\"")
                .contains("L’échéance ne peut précéder la réunion.");
        String stranger = typed(base + "/actions", Map.of("title", "Relire le guide", "ownerId", String.valueOf(outsider.accountId()),
                "dueOn", "2009-12-01"));
        assertThat(stranger).contains("id=\"ownerId-error\"");

        String decision = typed(base + "/decisions", Map.of("text", "Voté sans compte", "mode", "VOTE", "agendaItemId", "999999"));
        assertThat(decision).contains("id=\"votesFor-error\"").contains("Voté sans compte");
        String unknownItem = typed(base + "/decisions", Map.of("text", "Sur un autre point", "mode", "CONSENSUS",
                "agendaItemId", "999999"));
        assertThat(unknownItem).contains("id=\"decision-item-error\"").contains("Sur un autre point");

        String minutes = typed(base + "/minutes", Map.of("minutes-" + meetings.agenda(launch.id()).getFirst().id(), "x".repeat(20001)));
        assertThat(minutes).contains("-error\"").contains("x".repeat(20001));

        String deliverable = typed("/fr/office/deliverables", Map.of("code", "mauvais code!", "workPackage", "GT3", "kind", "GUIDE",
                "title", "Guide des sauvegardes", "termsOfReference", "Douze pages.", "ownerPartnerId", "cybermassif", "dueOn", ""));
        assertThat(deliverable).contains("id=\"code-error\"").contains("id=\"dueOn-error\"").contains("value=\"Guide des sauvegardes\"")
                .contains("Douze pages.").doesNotContain("id=\"title-error\"");

        String lastDay = typed("/fr/office/committees/" + technical.id() + "/members/"
                + groups.memberships(technical.id()).getFirst().id() + "/end", Map.of("lastDay", "31/12/2009"), adminUser());
        assertThat(lastDay).contains("-error\"").contains("value=\"31/12/2009\"");
    }

    private SignedInUser adminUser() {
        return staff("Admin Réseau", Role.NETWORK_ADMIN, "cybermassif");
    }

    private String typed(String path, Map<String, String> fields) throws Exception {
        return typed(path, fields, secretary);
    }

    private String typed(String path, Map<String, String> fields, SignedInUser who) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf()).with(user(who));
        fields.forEach(request::param);
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("aria-invalid=\"true\"");
        return html;
    }

    @Test
    void aMeetingReviewsAClosedSemesterEditionOfTheDashboard() throws Exception {
        SignedInUser adminUser = adminUser();
        monitoring.close(1, new Closer(adminUser.accountId(), "Admin Réseau", Role.NETWORK_ADMIN, Optional.empty()), "Revue");
        String refused = typed(base + "/edition", Map.of("semester", "4"));
        assertThat(refused).contains("id=\"edition-semester-error\"");
        assertThat(editions.of(launch.id())).isEmpty();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(base + "/edition").param("semester", "1")
                .with(csrf()).with(user(member))).andExpect(status().is3xxRedirection());
        assertThat(editions.of(launch.id())).as("only who runs the meeting attaches an edition").isEmpty();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(base + "/edition").param("semester", "1")
                .with(csrf()).with(user(secretary))).andExpect(status().is3xxRedirection());
        int revision = monitoring.editions(1).getLast().revision();
        assertThat(editions.of(launch.id())).hasValueSatisfying(e -> assertThat(e.revision()).isEqualTo(revision));
        assertThat(page(base, outsider)).contains("href=\"/fr/office/indicators?semester=1&amp;revision=" + revision + "\"");
    }
}

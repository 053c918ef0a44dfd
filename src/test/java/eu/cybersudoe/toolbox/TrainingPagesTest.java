package eu.cybersudoe.toolbox;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.toolbox.internal.ReviewChecklist;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import eu.cybersudoe.toolbox.training.Certificate;
import eu.cybersudoe.toolbox.training.Trainee;
import eu.cybersudoe.toolbox.training.TrainingService;
import eu.cybersudoe.toolbox.training.TrainingStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static eu.cybersudoe.toolbox.ToolboxTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The training pages in the four languages: enrolment and attendance forms, the certificate download, the relay form's errors. */
@DatabaseTest
@AutoConfigureMockMvc
class TrainingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TrainingService training;
    @Autowired
    TrainingStore store;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ToolboxService toolbox;
    @Autowired
    ReviewChecklist checklist;

    TrainingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new TrainingFixture(training, store, accounts, jdbc, toolbox, checklist);
    }

    static SignedInUser signedIn(Trainee trainee, Role role) {
        return new SignedInUser(trainee.accountId(), trainee.name().replace(' ', '.') + "@example.org", trainee.name(), role,
                trainee.partnerId(), Language.FR, true, "{noop}x");
    }

    @Test
    void theProgrammePageIsWrittenInEachLanguage() throws Exception {
        Trainee advisor = fixture.person(Role.ADVISOR, FRENCH);
        var checks = java.util.Map.of("fr", "Formation des chefs de projet", "es", "Formación de los jefes de proyecto",
                "pt", "Formação dos chefes de projeto", "en", "Training of project managers");
        for (var check : checks.entrySet()) {
            mvc.perform(get("/" + check.getKey() + "/office/toolbox/training").with(user(signedIn(advisor, Role.ADVISOR))))
                    .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(check.getValue())));
        }
        String page = mvc.perform(get("/es/office/toolbox/training/" + fixture.programmeId).with(user(signedIn(advisor, Role.ADVISOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Inscribirme").contains("hora de Madrid").contains("Guia da formação").doesNotContain("Europe/Madrid");
    }

    @Test
    void managersEnrolTheirOwnStaffThroughTheFormAndTheTrainerRecordsAttendance() throws Exception {
        Trainee manager = fixture.person(Role.PARTNER_MANAGER, FRENCH);
        Trainee ownStaff = fixture.person(Role.ADVISOR, FRENCH);
        Trainee otherStaff = fixture.person(Role.ADVISOR, SPANISH);
        String enrolments = "/fr/office/toolbox/training/sessions/" + fixture.sessionId + "/enrolments";
        mvc.perform(post(enrolments).param("person", SPANISH + ":" + otherStaff.accountId())
                        .with(user(signedIn(manager, Role.PARTNER_MANAGER))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("refused", "training.refused.notYourStaff"));
        mvc.perform(post(enrolments).param("person", FRENCH + ":" + ownStaff.accountId())
                        .with(user(signedIn(manager, Role.PARTNER_MANAGER))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "training.notice.enrolled"));
        assertThat(store.enrolments(fixture.sessionId)).extracting(e -> e.accountId()).containsExactly(ownStaff.accountId());

        fixture.start(fixture.sessionId);
        String attendance = "/fr/office/toolbox/training/sessions/" + fixture.sessionId + "/attendance";
        mvc.perform(post(attendance).param("moduleId", String.valueOf(fixture.first)).param("accountId", String.valueOf(ownStaff.accountId()))
                        .with(user(signedIn(manager, Role.PARTNER_MANAGER))).with(csrf()))
                .andExpect(flash().attribute("refused", "training.refused.notTrainer"));
        mvc.perform(post(attendance).param("moduleId", String.valueOf(fixture.first)).param("accountId", String.valueOf(ownStaff.accountId()))
                        .with(user(signedIn(fixture.trainer, Role.ADVISOR))).with(csrf()))
                .andExpect(flash().attribute("notice", "training.notice.attended"));
        assertThat(store.progress(fixture.programme(), ownStaff.accountId()).attended()).containsExactly(fixture.first);
        String sheet = mvc.perform(get("/pt/office/toolbox/training/sessions/" + fixture.sessionId)
                .with(user(signedIn(fixture.trainer, Role.ADVISOR)))).andReturn().getResponse().getContentAsString();
        assertThat(sheet).contains("Folha de presenças").contains(ownStaff.name());
    }

    @Test
    void theCertificateIsServedToItsPartnerOnly() throws Exception {
        Trainee manager = fixture.certified(PORTUGUESE);
        Certificate certificate = store.certificates(manager.accountId(), null).getFirst();
        String url = "/pt/office/toolbox/training/certificates/" + certificate.id();
        byte[] pdf = mvc.perform(get(url).with(user(signedIn(manager, Role.PARTNER_MANAGER))))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("certificado-formacao-")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(TrainingTest.pdftotext(pdf)).contains("Certificado de formação").contains(manager.name());
        Trainee other = fixture.person(Role.PARTNER_MANAGER, SPANISH);
        mvc.perform(get(url).with(user(signedIn(other, Role.PARTNER_MANAGER)))).andExpect(status().isForbidden());
    }

    @Test
    void aRelayFormWithMistakesIsShownAgainWithTheErrorOnItsFieldAndNothingLost() throws Exception {
        Trainee manager = fixture.certified(SPANISH);
        String page = mvc.perform(post("/es/office/toolbox/training/relays").with(user(signedIn(manager, Role.PARTNER_MANAGER))).with(csrf())
                        .param("heldOn", "2026-01-10").param("place", "Burgos <script>alert(1)</script>").param("people", "1")
                        .param("names", "Ana\nLuis").param("structureName", "Cámara de Burgos", "", "", "", "")
                        .param("structureCountry", "ES", "FR", "FR", "FR", "FR").param("structurePostcode", "09001", "", "", "", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("El número de personas va de 1 a 500").contains("id=\"people-error\"")
                .contains("value=\"Burgos &lt;script").doesNotContain("<script>alert(1)").contains("Cámara de Burgos").contains("Luis");
        mvc.perform(post("/es/office/toolbox/training/relays").with(user(signedIn(manager, Role.PARTNER_MANAGER))).with(csrf())
                        .param("heldOn", "2026-01-10").param("place", "Burgos").param("people", "14").param("names", "Ana\nLuis")
                        .param("structureName", "Cámara de Burgos", "", "", "", "")
                        .param("structureCountry", "ES", "FR", "FR", "FR", "FR").param("structurePostcode", "09001", "", "", "", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "training.notice.relaysRecorded"));
        assertThat(store.relaySessions(SPANISH)).anyMatch(s -> s.people() == 14 && s.accountId() == manager.accountId());
    }
}

package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.CheckInLinks;
import eu.cybersudoe.conferences.internal.ConferenceStore;
import eu.cybersudoe.conferences.internal.Registration;
import eu.cybersudoe.conferences.internal.RegistrationStore;
import eu.cybersudoe.shared.documents.DocumentReading;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import eu.cybersudoe.testing.TestUsers;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages end to end: an organiser drafts and publishes a conference, a visitor finds it in
 * Portuguese and registers, staff check them in, print the sign-in sheet and export the lists,
 * and another partner's staff are refused.
 */
@DatabaseTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "cybersudoe.conferences.scheduler=false")
class ConferencePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConferenceStore conferences;
    @Autowired
    RegistrationStore registrations;
    @Autowired
    CheckInLinks links;
    @Autowired
    TestClock clock;

    private MockHttpServletRequestBuilder asManager(MockHttpServletRequestBuilder request, String partner) {
        return request.with(user(TestUsers.user(Role.PARTNER_MANAGER, partner))).with(csrf());
    }

    /** A day of its own for each conference, so that filters find it among those other runs left on PostgreSQL. */
    private LocalDate day;

    private long draftAndPublish(String title) throws Exception {
        day = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Lisbon")).plusDays(20 + (long) (Math.random() * 3000));
        String location = mvc.perform(asManager(post("/pt/office/conferences/new"), "cybermassif")
                        .param("kind", "AWARENESS_CONFERENCE").param("sourceLanguage", "pt")
                        .param("title[pt]", title).param("title[en]", "Digital security day")
                        .param("description[pt]", "Uma manhã para proteger a sua empresa.")
                        .param("themes", "security").param("languages", "pt").param("format", "IN_PERSON")
                        .param("venue", "Auditório Municipal").param("city", "Coimbra").param("postcode", "3000-001")
                        .param("country", "PT").param("nuts2", "PT16").param("zone", "Europe/Lisbon").param("day", day.toString())
                        .param("startTime", "10:00").param("endTime", "12:30").param("capacity", "30"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(asManager(post("/pt/office/conferences/" + id + "/publish"), "cybermassif"))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    @Test
    void aVisitorFindsTheConferenceInPortugueseAndRegisters() throws Exception {
        String title = "Segurança digital " + UUID.randomUUID().toString().substring(0, 6);
        long id = draftAndPublish(title);

        String agenda = mvc.perform(get("/pt/conferences").param("country", "PT").param("theme", "security")
                        .param("from", day.toString()).param("to", day.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(agenda).contains(title).contains("hora de Lisboa").contains("11:00–13:30 hora de Madrid");
        String page = mvc.perform(get("/pt/conferences/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("application/ld+json").contains("\"@type\":\"Event\"")
                .contains("\"startDate\":\"" + day + "T10:00").contains("\"inLanguage\":[\"pt\"]");

        String email = "visitante." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String done = mvc.perform(post("/pt/conferences/" + id + "/register").with(csrf()).param("firstName", "Inês")
                        .param("lastName", "Costa").param("email", email).param("language", "pt")
                        .param("companyName", "Costa & Filhos Lda").param("country", "PT").param("city", "Braga"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(done).contains("Está inscrito");
        String again = mvc.perform(post("/pt/conferences/" + id + "/register").with(csrf()).param("lastName", "Costa")
                        .param("email", email).param("companyName", "Costa & Filhos Lda").param("country", "PT"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("Já inscrito");

        String token = registrations.of(id).getFirst().token();
        assertThat(mvc.perform(get("/pt/conferences/registrations/" + token + "/cancel")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Inês Costa");
        assertThat(mvc.perform(post("/pt/conferences/registrations/" + token + "/cancel").with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Inscrição cancelada");
        mvc.perform(get("/pt/conferences/registrations/unknown-token/cancel")).andExpect(status().isNotFound());

        String ics = mvc.perform(get("/pt/conferences/" + id + "/calendar.ics")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).contains("DTSTART;TZID=Europe/Lisbon:").contains(title);
        assertThat(mvc.perform(get("/fr/conferences/calendar.ics").param("partner", "cybermassif")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("conference-" + id + "@cybersudoe.eu");
        assertThat(mvc.perform(get("/pt/feeds/conferences.atom")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(title);
    }

    @Test
    void mistakesComeBackWithEverythingTypedAndRobotsAreIgnored() throws Exception {
        long id = draftAndPublish("Formulário " + UUID.randomUUID().toString().substring(0, 6));
        String page = mvc.perform(post("/es/conferences/" + id + "/register").with(csrf()).param("firstName", "Lucía")
                        .param("lastName", "").param("email", "no-es-una-direccion").param("companyName", "Talleres Ruiz SL"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Este campo es obligatorio.").contains("No es una dirección de correo electrónico.")
                .contains("value=\"Lucía\"").contains("value=\"Talleres Ruiz SL\"");

        String robot = "robot." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        mvc.perform(post("/en/conferences/" + id + "/register").with(csrf()).param("lastName", "Bot").param("email", robot)
                .param("companyName", "Spam Ltd").param("country", "FR").param("homepage", "http://spam.example"))
                .andExpect(status().isOk());
        assertThat(registrations.of(id)).noneMatch(r -> robot.equals(r.email()));

        mvc.perform(asManager(post("/en/office/conferences/new"), "cybermassif").param("kind", "WORKSHOP")
                        .param("title[en]", "").param("themes", "security").param("languages", "en").param("format", "ONLINE")
                        .param("country", "FR").param("zone", "Europe/Paris").param("day", "2027-01-10")
                        .param("startTime", "14:00").param("endTime", "13:00").param("capacity", "0")
                        .param("onlineLink", "javascript:alert(1)").param("speakers", "Jean Dupont"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Give a title in one language at least."),
                        org.hamcrest.Matchers.containsString("The end must come after the start."),
                        org.hamcrest.Matchers.containsString("Give a number of seats between 1 and 10,000."),
                        org.hamcrest.Matchers.containsString("Give a web address starting with https://."),
                        org.hamcrest.Matchers.containsString("Jean Dupont"))));
    }

    @Test
    void registrationsAreLimitedPerConferenceAndAddressAndFailedFormsDoNotCount() throws Exception {
        long id = draftAndPublish("Limite " + UUID.randomUUID().toString().substring(0, 6));
        long other = draftAndPublish("Outra " + UUID.randomUUID().toString().substring(0, 6));
        String office = "10.20." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        for (int i = 0; i < 15; i++) {
            mvc.perform(fromAddress(post("/fr/conferences/" + id + "/register"), office).param("lastName", ""))
                    .andExpect(status().isOk());
        }
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 12; i++) {
            register(id, office, "colleague" + i + "." + tag + "@example.fr").andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Vous êtes inscrit")));
        }
        String repeated = "repeat." + tag + "@example.fr";
        for (int i = 0; i < RegistrationLimits.PER_EMAIL; i++) {
            register(id, "10.99.0." + i, repeated).andExpect(status().isOk());
        }
        register(id, "10.99.1.1", repeated).andExpect(status().isTooManyRequests())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Réessayez dans 60 min."),
                        org.hamcrest.Matchers.containsString("value=\"" + repeated + "\""))));
        register(other, "10.99.1.1", repeated).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Vous êtes inscrit")));
    }

    private org.springframework.test.web.servlet.ResultActions register(long id, String networkAddress, String email)
            throws Exception {
        return mvc.perform(fromAddress(post("/fr/conferences/" + id + "/register"), networkAddress).param("firstName", "Léa")
                .param("lastName", "Martin").param("email", email).param("companyName", "Martin Conseil SARL")
                .param("country", "FR"));
    }

    private static MockHttpServletRequestBuilder fromAddress(MockHttpServletRequestBuilder request, String networkAddress) {
        return request.with(csrf()).with(r -> {
            r.setRemoteAddr(networkAddress);
            return r;
        });
    }

    @Test
    void staffCheckPeopleInPrintTheSheetExportTheListsAndOtherPartnersAreRefused() throws Exception {
        long id = draftAndPublish("Presenças " + UUID.randomUUID().toString().substring(0, 6));
        String email = "presente." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        mvc.perform(post("/pt/conferences/" + id + "/register").with(csrf()).param("firstName", "Miguel").param("lastName", "Sousa")
                .param("email", email).param("companyName", "Sousa Digital Lda").param("country", "PT")).andExpect(status().isOk());
        Registration miguel = registrations.of(id).getFirst();

        mvc.perform(asManager(get("/pt/office/conferences/" + id), "ceei-burgos")).andExpect(status().isForbidden());
        String checkIn = "/pt" + links.path(miguel);
        assertThat(checkIn).doesNotContain(miguel.token());
        mvc.perform(asManager(get(checkIn), "ceei-burgos")).andExpect(status().isForbidden());
        mvc.perform(asManager(get(checkIn.substring(0, checkIn.lastIndexOf('/')) + "/forged"), "cybermassif"))
                .andExpect(status().isNotFound());
        // the check-in link's secret does not cancel the seat
        String secret = checkIn.substring(checkIn.lastIndexOf('/') + 1);
        mvc.perform(post("/pt/conferences/registrations/" + secret + "/cancel").with(csrf())).andExpect(status().isNotFound());

        mvc.perform(asManager(get(checkIn), "cybermassif"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Miguel Sousa")));
        // check-in opens on the conference's day, unless staff choose to check in before
        mvc.perform(asManager(post(checkIn), "cybermassif"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("O acolhimento dos participantes abre a"))));
        assertThat(registrations.find(miguel.id()).orElseThrow().attended()).isFalse();
        mvc.perform(asManager(post(checkIn).param("early", "true"), "cybermassif"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Presença registada")));
        assertThat(registrations.find(miguel.id()).orElseThrow().attended()).isTrue();

        mvc.perform(asManager(post("/pt/office/conferences/" + id + "/walk-ins"), "cybermassif").param("firstName", "Rosa")
                        .param("lastName", "").param("companyName", "Lopes Têxteis Lda").param("country", "PT"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Este campo é obrigatório."),
                        org.hamcrest.Matchers.containsString("value=\"Lopes Têxteis Lda\""))));
        mvc.perform(asManager(post("/pt/office/conferences/" + id + "/walk-ins"), "cybermassif").param("firstName", "Rosa")
                .param("lastName", "Lopes").param("companyName", "Lopes Têxteis Lda").param("country", "PT"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(asManager(get("/pt/office/conferences/" + id), "cybermassif")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Inscrição (hora de Lisboa)"),
                        org.hamcrest.Matchers.containsString("O acolhimento dos participantes abre a"))));

        byte[] sheet = mvc.perform(asManager(get("/pt/office/conferences/" + id + "/sign-in-sheet.pdf"), "cybermassif"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        DocumentReading sheetRead = DocumentReading.pdf(sheet);
        assertThat(sheetRead.text()).contains("Folha de presenças").contains("Miguel Sousa").contains("Sousa Digital Lda")
                .contains("Rosa Lopes").contains("Lopes Têxteis Lda").contains("Assinatura").contains("hora de Lisboa")
                .contains("página 1 de " + sheetRead.pages());
        assertThat(sheetRead.tagged()).isTrue();
        assertThat(sheetRead.language()).isEqualTo("pt");
        assertThat(sheetRead.title()).startsWith("Folha de presenças – ");
        assertThat(sheetRead.tags()).contains("H1", "Table", "TH", "Figure");
        assertThat(DocumentReading.pdfUaFailures(sheet)).isEmpty();

        String csv = mvc.perform(asManager(get("/pt/office/conferences/" + id + "/registrations.csv").param("list", "attending"),
                "cybermassif")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Sousa,Miguel,Sousa Digital Lda," + email + ",English,").contains("Lopes,Rosa,Lopes Têxteis Lda");
        byte[] xlsx = mvc.perform(asManager(get("/pt/office/conferences/" + id + "/registrations.xlsx"), "cybermassif"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.getFirst().getCellText(2)).isEqualTo("Empresa");
        }

        Duration untilAfterIt = Duration.between(clock.instant(), day.plusDays(1).atStartOfDay(ZoneId.of("Europe/Lisbon")).toInstant());
        clock.advance(untilAfterIt);
        try {
            mvc.perform(asManager(post("/pt/office/conferences/" + id + "/close"), "cybermassif")).andExpect(status().is3xxRedirection());
            byte[] certificate = mvc.perform(get("/pt/conferences/registrations/" + miguel.token() + "/certificate.pdf"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            DocumentReading certificateRead = DocumentReading.pdf(certificate);
            assertThat(certificateRead.text()).contains("Certificado de presença").contains("Miguel Sousa").contains("Sousa Digital Lda")
                    .contains("hora de Lisboa").contains("Um projeto do programa Interreg IV B SUDOE").contains("página 1 de 1");
            assertThat(certificateRead.language()).isEqualTo("pt");
            assertThat(certificateRead.title()).isEqualTo("Certificado de presença");
            assertThat(certificateRead.figureAlternatives()).contains("Emblema da União Europeia: doze estrelas douradas em círculo sobre fundo azul");
            for (List<String> expected : List.of(
                    List.of("fr", "Attestation de présence", "heure de Lisbonne", "Un projet du programme Interreg IV B SUDOE", "page 1 sur 1"),
                    List.of("es", "Certificado de asistencia", "hora de Lisboa", "Un proyecto del programa Interreg IV B SUDOE", "página 1 de 1"),
                    List.of("en", "Certificate of attendance", "Lisbon time", "A project of the Interreg IV B SUDOE programme", "page 1 of 1"))) {
                DocumentReading translated = DocumentReading.pdf(mvc.perform(get("/" + expected.getFirst()
                        + "/conferences/registrations/" + miguel.token() + "/certificate.pdf")).andReturn().getResponse().getContentAsByteArray());
                assertThat(translated.language()).isEqualTo(expected.getFirst());
                assertThat(translated.text()).contains(expected.subList(1, expected.size())).contains("Miguel Sousa", "Sousa Digital Lda");
            }
            String rating = mvc.perform(get("/pt/conferences/registrations/" + miguel.token() + "/rating"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(rating).contains("Como correu a sessão?").contains("Excelente");
            mvc.perform(post("/pt/conferences/registrations/" + miguel.token() + "/rating").with(csrf()).param("rating", "9"))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Escolha uma avaliação de 1 a 5.")));
            mvc.perform(post("/pt/conferences/registrations/" + miguel.token() + "/rating").with(csrf()).param("rating", "4")
                    .param("comment", "Muito <b>útil</b>")).andExpect(content().string(org.hamcrest.Matchers.containsString("Obrigado")));
            mvc.perform(post("/pt/conferences/registrations/" + miguel.token() + "/cancel").with(csrf()))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Nada a cancelar")));
            String office = mvc.perform(asManager(get("/pt/office/conferences/" + id), "cybermassif"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(office).contains("2 pessoas de 2 empresas").contains("menos de 15").contains("4,0 / 5 (1 resposta)")
                    .contains("Muito &lt;b&gt;útil&lt;/b&gt;");
            assertThat(mvc.perform(asManager(get("/pt/office/conferences"), "cybermassif")).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).contains("Sessões realizadas por temática");
        } finally {
            clock.advance(untilAfterIt.negated());
        }
    }
}

package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.Questionnaires;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.DocumentReading;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A visitor takes a questionnaire page by page, without JavaScript, and gets the result, the PDF and the link by e-mail. */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentPagesTest {

    static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final Pattern LINK = Pattern.compile("/pt/diagnostics/a/([A-Za-z0-9_-]{43})/context");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Mailer mailer;
    @Autowired
    Questionnaires questionnaires;

    final String address = "203.0.113." + ADDRESSES.incrementAndGet();

    private String start(String questionnaire) throws Exception {
        MvcResult started = mvc.perform(post("/pt/diagnostics/" + questionnaire + "/start").with(csrf())
                        .with(r -> { r.setRemoteAddr(address); return r; }))
                .andExpect(status().is3xxRedirection()).andReturn();
        Matcher link = LINK.matcher(started.getResponse().getRedirectedUrl());
        assertThat(link.matches()).isTrue();
        return link.group(1);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theListOffersBothQuestionnairesInTheVisitorsLanguage() throws Exception {
        String list = page("/pt/diagnostics");
        assertThat(list).contains("Maturidade digital da sua empresa").contains("Segurança do seu sistema de informação")
                .contains("action=\"/pt/diagnostics/digital-maturity/start\"");
    }

    @Test
    void aVisitorAnswersPageByPageSeesFollowUpQuestionsAndGetsResultPdfAndLink() throws Exception {
        String token = start("digital-maturity");
        String base = "/pt/diagnostics/a/" + token;
        assertThat(page(base + "/context")).contains("A sua empresa").contains("PT16");
        mvc.perform(post(base + "/context").with(csrf()).param("size", "micro").param("sector", "commerce").param("region", "PT16"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", base + "/step/1"));

        assertThat(page(base + "/step/1")).contains("Estratégia digital").contains("Passo 1 de 6");
        mvc.perform(post(base + "/step/1").with(csrf()).param("q-strategy-plan", "no").param("q-strategy-budget", "under-1")
                        .param("q-strategy-areas", "sales", "customers").param("q-strategy-readiness", "3").param("go", "next"))
                .andExpect(header().string("Location", base + "/step/2"));

        // A wrong number is shown again with what was typed, and nothing is lost.
        String wrong = mvc.perform(post(base + "/step/2").with(csrf()).param("q-readiness-website", "listing")
                        .param("q-readiness-equipped", "cento e vinte").param("go", "next"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Introduza um número").contains("value=\"cento e vinte\"")
                .containsPattern("value=\"listing\"\\s+checked");
        mvc.perform(post(base + "/step/2").with(csrf()).param("q-readiness-website", "listing")
                        .param("q-readiness-equipped", "50").param("q-readiness-einvoice", "no").param("go", "save"))
                .andExpect(header().string("Location", base + "/saved"));
        assertThat(page(base + "/saved")).contains(base + "/context");

        // Choosing to use AI brings up the question on rules for it, on the same page:
        // at once with htmx (a preview that saves nothing), or when the page is saved.
        assertThat(page(base + "/step/5")).doesNotContain("q-ai-rules").contains("hx-post=\"" + base + "/step/5/preview\"");
        assertThat(mvc.perform(post(base + "/step/5/preview").with(csrf()).param("q-ai-use", "regular"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("q-ai-rules");
        assertThat(page(base + "/step/5")).doesNotContain("q-ai-rules");
        String followUp = mvc.perform(post(base + "/step/5").with(csrf()).param("q-ai-use", "regular").param("go", "next"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(followUp).contains("q-ai-rules").contains("mais uma ou duas perguntas");
        mvc.perform(post(base + "/step/5").with(csrf()).param("q-ai-use", "regular").param("q-ai-rules", "no").param("go", "next"))
                .andExpect(header().string("Location", base + "/step/6"));
        mvc.perform(post(base + "/step/6").with(csrf()).param("q-green-paperless", "2").param("go", "next"))
                .andExpect(header().string("Location", base + "/review"));

        assertThat(page(base + "/review")).contains("Rever antes de submeter");
        mvc.perform(get(base + "/result")).andExpect(header().string("Location", base + "/review"));
        mvc.perform(post(base + "/submit").with(csrf())).andExpect(header().string("Location", base + "/result"));

        String result = page(base + "/result");
        assertThat(result).contains("Os seus resultados").contains("<svg class=\"radar\"").contains("O seu plano de ação")
                .contains("Escrever o seu roteiro digital numa página").contains("Definir regras simples de utilização da IA")
                .contains("href=\"/pt/themes#security\"")
                // the missions module declares an AssistanceDesk: the result offers to ask an expert
                .contains("action=\"" + base + "/expert\"");
        // Under each dimension's score, the text of that dimension's own level, in the page's language.
        // (the people and data pages were left unanswered: those dimensions have no score and no level)
        List<String> levelTexts = dimensionLevelTextsShown(result, List.of("strategy", "readiness", "automation", "green"));
        assertThat(levelTexts).hasSize(4).doesNotHaveDuplicates();
        // Submitted answers are final.
        mvc.perform(post(base + "/step/1").with(csrf()).param("q-strategy-plan", "yes").param("go", "next"))
                .andExpect(status().isConflict());

        MvcResult pdf = mvc.perform(get(base + "/report.pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"autodiagnostico-maturidade-digital-da-sua-empresa.pdf\"; "
                        + "filename*=UTF-8''autodiagnostico-maturidade-digital-da-sua-empresa.pdf")).andReturn();
        DocumentReading report = DocumentReading.pdf(pdf.getResponse().getContentAsByteArray());
        assertThat(report.text()).contains("Maturidade digital da sua empresa").contains("Pontuação global")
                .contains("O seu plano de ação").contains("Escrever o seu roteiro digital numa página")
                .contains("Estratégia digital").contains("Automação e inteligência artificial")
                .contains("página 1 de " + report.pages());
        assertThat(report.text().replaceAll("\\s+", " ")).contains(levelTexts);
        assertThat(report.tagged()).isTrue();
        assertThat(report.language()).isEqualTo("pt");
        assertThat(report.title()).isEqualTo("Relatório de autodiagnóstico – Maturidade digital da sua empresa");
        assertThat(report.tags()).contains("H1", "H2", "H3", "Table", "TH", "Figure");
        // The radar chart is a figure whose text alternative gives every score.
        assertThat(report.figureAlternatives()).anySatisfy(alternative -> assertThat(alternative)
                .startsWith("Gráfico radar das pontuações por dimensão, em 100: Estratégia digital ")
                .contains("Automação e inteligência artificial "));
        assertThat(DocumentReading.pdfUaFailures(pdf.getResponse().getContentAsByteArray())).isEmpty();
        for (List<String> expected : List.of(List.of("fr", "Rapport d'autodiagnostic", "Score global", "page 1 sur"),
                List.of("es", "Informe de autodiagnóstico", "Puntuación global", "página 1 de"),
                List.of("en", "Self-assessment report", "Overall score", "page 1 of"))) {
            DocumentReading translated = DocumentReading.pdf(mvc.perform(get(base.replace("/pt/", "/" + expected.getFirst() + "/")
                    + "/report.pdf")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
            assertThat(translated.language()).isEqualTo(expected.getFirst());
            assertThat(translated.title()).startsWith(expected.get(1));
            assertThat(translated.text()).contains(expected.subList(1, expected.size()));
        }

        mvc.perform(post(base + "/email").with(csrf()).param("email", "dona@exemplo.pt")
                        .with(r -> { r.setRemoteAddr(address); return r; }))
                .andExpect(header().string("Location", base + "/result"));
        ArgumentCaptor<OutgoingMail> mail = ArgumentCaptor.forClass(OutgoingMail.class);
        verify(mailer).send(mail.capture());
        assertThat(mail.getValue().to()).isEqualTo("dona@exemplo.pt");
        assertThat(mail.getValue().text()).contains(base + "/result").contains("Maturidade digital da sua empresa");
    }

    /** For each dimension of the questionnaire, the one text of its levels that the page shows. */
    private List<String> dimensionLevelTextsShown(String page, List<String> scored) {
        Questionnaire questionnaire = questionnaires.current("digital-maturity").orElseThrow();
        return questionnaire.dimensions().stream().filter(dimension -> scored.contains(dimension.code())).map(dimension -> {
            List<String> shown = dimension.bands().stream().map(band -> band.text().in(Language.PT).text())
                    .filter(page::contains).toList();
            assertThat(shown).as(dimension.code()).hasSize(1);
            return shown.getFirst();
        }).toList();
    }

    @Test
    void anUnknownLinkIsNotFoundAndPrivatePagesAreNeitherCachedNorSentAsReferrer() throws Exception {
        mvc.perform(get("/pt/diagnostics/a/" + "x".repeat(43) + "/context")).andExpect(status().isNotFound());
        mvc.perform(get("/pt/diagnostics/a/short/result")).andExpect(status().isNotFound());
        String token = start("security");
        mvc.perform(get("/pt/diagnostics/a/" + token + "/step/1"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get("/pt/diagnostics/a/" + token + "/step/9")).andExpect(status().isNotFound());
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void aSignedInPersonFindsTheirAssessmentsAndResumesOneWithANewLink() throws Exception {
        String email = java.util.UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, display_name, password_hash, role, language, created_at, confirmed_at) "
                + "values (?, 'Dona', '{noop}x', 'COMPANY_USER', 'pt', current_timestamp, current_timestamp)").param(email).update();
        var signedIn = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(email));
        MvcResult started = mvc.perform(post("/pt/diagnostics/security/start").with(csrf()).with(signedIn)
                .with(r -> { r.setRemoteAddr(address); return r; })).andReturn();
        String first = started.getResponse().getRedirectedUrl();

        String list = mvc.perform(get("/pt/diagnostics").with(signedIn)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Os seus diagnósticos").contains("Em curso");
        Matcher resume = Pattern.compile("/pt/diagnostics/mine/(\\d+)/resume").matcher(list);
        assertThat(resume.find()).isTrue();
        String renewed = mvc.perform(post(resume.group()).with(csrf()).with(signedIn)).andReturn().getResponse().getRedirectedUrl();
        assertThat(renewed).matches(LINK.pattern()).isNotEqualTo(first);
        mvc.perform(get(renewed)).andExpect(status().isOk());
        mvc.perform(get(first)).andExpect(status().isNotFound());
        // Someone else cannot take it over.
        mvc.perform(post(resume.group()).with(csrf()).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(eu.cybersudoe.testing.TestUsers.user(
                        eu.cybersudoe.shared.security.Role.COMPANY_USER, null)))).andExpect(status().isNotFound());
    }

    @Test
    void anInvalidAddressIsRefusedWithoutSending() throws Exception {
        String token = start("security");
        mvc.perform(post("/pt/diagnostics/a/" + token + "/email").with(csrf()).param("email", "not an address"))
                .andExpect(header().string("Location", "/pt/diagnostics/a/" + token + "/saved#email"));
        verify(mailer, org.mockito.Mockito.never()).send(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void aRelayThatDoesNotAnswerIsToldOnTheFieldAndTheAddressIsKept() throws Exception {
        String token = start("security");
        org.mockito.Mockito.doThrow(new org.springframework.mail.MailSendException("relay down")).when(mailer)
                .send(org.mockito.ArgumentMatchers.any());
        mvc.perform(post("/pt/diagnostics/a/" + token + "/email").with(csrf()).param("email", "dona@exemplo.pt"))
                .andExpect(header().string("Location", "/pt/diagnostics/a/" + token + "/saved#email"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("emailError", "diagnostics.email.notSent"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("emailValue", "dona@exemplo.pt"));
    }
}

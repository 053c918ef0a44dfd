package eu.cybersudoe.browser;

import com.microsoft.playwright.Page;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.toolbox.ItemKind;
import eu.cybersudoe.toolbox.internal.Actor;
import eu.cybersudoe.toolbox.internal.ItemStore;
import eu.cybersudoe.toolbox.internal.Level;
import eu.cybersudoe.toolbox.internal.Licence;
import eu.cybersudoe.toolbox.internal.ReviewChecklist;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Portuguese partner writes a guide and its Spanish translation, a Spanish partner's advisor
 * reviews and publishes both, and a visitor finds the guide and the video of its theme from the
 * security diagnostic's action plan and plays the video with Spanish captions.
 */
@BrowserTest
class ToolboxBrowserTest {

    static final String PASSWORD = "uma palavra-passe bem comprida";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ToolboxService toolbox;
    @Autowired
    ReviewChecklist checklist;
    @Autowired
    DiagnosticsService diagnostics;

    String author;
    String reviewer;
    String unique;
    String token;

    @BeforeEach
    void partnersAVideoAndACompletedSecurityDiagnostic() throws IOException {
        unique = UUID.randomUUID().toString().substring(0, 6);
        author = "autora." + unique + "@example.org";
        reviewer = "revisor." + unique + "@example.org";
        long authorId = accounts.createConfirmed(author, "Ana Autora", "{noop}" + PASSWORD, Role.PARTNER_MANAGER, "ciebi",
                Language.PT).id();
        long reviewerId = accounts.createConfirmed(reviewer, "Rafael Revisor", "{noop}" + PASSWORD, Role.ADVISOR, "ceei-burgos",
                Language.ES).id();
        Actor writer = new Actor(authorId, "ciebi", false);
        Actor checker = new Actor(reviewerId, "ceei-burgos", false);
        long video = toolbox.create(writer, ItemKind.VIDEO, Language.PT, new ItemStore.Properties(List.of("security"), List.of(),
                List.of(), Level.BEGINNER, Licence.CC_BY, null), "Vídeo " + unique, "Resumo", "Transcrição");
        toolbox.attach(writer, video, Language.PT, "v.webm", new ClassPathResource("reference/toolbox/demo/awareness.webm").getInputStream());
        toolbox.submit(writer, video, Language.PT);
        toolbox.approve(checker, video, Language.PT, checklist.codes());
        toolbox.write(writer, video, Language.ES, "Vídeo de sensibilización " + unique, "Resumen", "Transcripción");
        toolbox.caption(writer, video, Language.ES, "es.vtt",
                new ClassPathResource("reference/toolbox/demo/captions-es.vtt").getInputStream());
        toolbox.submit(writer, video, Language.ES);
        toolbox.approve(checker, video, Language.ES, checklist.codes());

        var started = diagnostics.start("security", Language.ES, null);
        Questionnaire questionnaire = started.opened().questionnaire();
        for (Questionnaire.Dimension dimension : questionnaire.dimensions()) {
            Map<String, String> given = new LinkedHashMap<>();
            for (Question question : dimension.questions()) {
                if (!question.options().isEmpty()) {
                    given.put(question.code(), question.code().equals("mfa") ? "no" : question.options().getFirst().code());
                }
            }
            diagnostics.saveAnswers(diagnostics.byToken(started.token()).orElseThrow(), dimension, given);
        }
        diagnostics.complete(diagnostics.byToken(started.token()).orElseThrow());
        token = started.token();
    }

    @Test
    void aGuideWrittenInPortugalIsReviewedInSpainAndFoundFromTheDiagnostic(Page page) {
        String guide = "Guia das palavras-passe " + unique;
        String spanish = "Guía de las contraseñas " + unique;
        signIn(page, author, "pt");
        page.navigate(url("/pt/office/toolbox/new?kind=GUIDE"));
        page.locator("#title").fill(guide);
        page.locator("#summary").fill("Como escolher e guardar palavras-passe.");
        page.locator("#body").fill("## Porquê\n\nUma palavra-passe por serviço.");
        page.locator("input[name=themes][value=security]").check();
        page.locator("form[action$='/office/toolbox/new'] button[type=submit]").click();
        assertThat(page.locator("h1")).hasText(guide);
        String itemPath = page.url().substring(page.url().indexOf("/office/toolbox/items/"));
        String id = itemPath.substring("/office/toolbox/items/".length());
        page.locator("form[action$='/texts/pt/submit'] button").click();
        assertThat(page.locator(".flash.success")).isVisible();

        page.navigate(url("/pt" + itemPath + "/texts/es"));
        page.locator("#title").fill(spanish);
        page.locator("#summary").fill("Cómo elegir y guardar contraseñas.");
        page.locator("#body").fill("## Por qué\n\nUna contraseña por servicio.");
        page.locator("form[action$='/texts/es'] button[type=submit]").click();
        page.locator("form[action$='/texts/es/submit'] button").click();
        page.locator("form[action$='/logout'] button").click();

        signIn(page, reviewer, "es");
        for (String language : List.of("pt", "es")) {
            page.navigate(url("/es/office/toolbox"));
            page.locator("a[href$='/office/toolbox/review/" + id + "/" + language + "']").click();
            page.locator("input[name=check]").all().forEach(box -> box.check());
            page.locator("form[action$='/approve'] button").click();
            assertThat(page.locator(".flash.success")).isVisible();
        }
        page.locator("form[action$='/logout'] button").click();

        page.navigate(url("/es/diagnostics/a/" + token + "/result"));
        page.locator("a[href$='/toolbox/items/" + id + "']").first().click();
        assertThat(page.locator("h1")).hasText(spanish);
        page.goBack();
        page.getByText("Vídeo de sensibilización " + unique).first().click();
        assertThat(page.locator("video track[srclang=es]")).hasCount(1);
        Object played = page.evaluate("""
                async () => {
                  const video = document.querySelector('video');
                  video.muted = true;
                  const track = [...video.textTracks].find(t => t.language === 'es');
                  track.mode = 'showing';
                  await video.play();
                  await new Promise(done => setTimeout(done, 1800));
                  return { time: video.currentTime, cues: track.cues ? track.cues.length : 0,
                           text: track.cues && track.cues.length ? track.cues[0].text : '' };
                }""");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) played;
        assertThat(((Number) result.get("time")).doubleValue()).isGreaterThan(0.3);
        assertThat(((Number) result.get("cues")).intValue()).isEqualTo(2);
        assertThat((String) result.get("text")).startsWith("Una contraseña por servicio");
    }

    private void signIn(Page page, String email, String language) {
        page.navigate(url("/" + language + "/login"));
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package eu.cybersudoe.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.shared.documents.DocumentReading;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor takes the digital-maturity diagnostic anonymously, in Portuguese, and downloads the PDF report;
 * the question and result pages pass axe-core's automated accessibility checks on the way.
 */
@BrowserTest
class DiagnosticsBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void takesTheDigitalMaturityDiagnosticInPortugueseAndDownloadsTheReport(Page page) throws IOException {
        page.navigate("http://localhost:" + port + "/pt/");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navegação principal"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Autodiagnósticos")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Autodiagnósticos");

        page.locator(".questionnaire-card").filter(new Locator.FilterOptions().setHasText("Maturidade digital da sua empresa"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Começar")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("A sua empresa");
        page.getByLabel("Dimensão").selectOption("micro");
        page.getByLabel("Região", new Page.GetByLabelOptions().setExact(true)).selectOption("PT16");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuar para as perguntas")).click();

        assertThat(page.locator(".step-count")).hasText("Passo 1 de 6");
        assertNoSeriousViolation(page);
        answer(page, "strategy-plan", "Em parte");
        answer(page, "strategy-budget", "De 1 a 3 %");
        answer(page, "strategy-areas", "Vendas e marketing");
        answer(page, "strategy-areas", "Contabilidade e administração");
        next(page);

        assertThat(page.locator(".step-count")).hasText("Passo 2 de 6");
        answer(page, "readiness-website", "Um site institucional atualizado");
        page.getByLabel("Que percentagem da sua equipa").fill("80");
        answer(page, "readiness-einvoice", "Não");
        next(page);

        answer(page, "people-training", "Não");
        answer(page, "people-confidence", "3");
        next(page);

        answer(page, "data-backup", "Não sei");
        answer(page, "data-gdpr", "Sim");
        next(page);

        assertThat(page.locator("#question-ai-rules")).hasCount(0);
        answer(page, "ai-use", "Regularmente, para algumas tarefas");
        // The follow-up question on rules for AI appears as soon as the answer is chosen.
        assertThat(page.locator("#question-ai-rules")).isVisible();
        assertThat(page.locator("#question-ai-use").getByLabel("Regularmente, para algumas tarefas")).isChecked();
        answer(page, "ai-rules", "Não");
        next(page);

        assertThat(page.locator(".step-count")).hasText("Passo 6 de 6");
        answer(page, "green-equipment", "Sim");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rever e submeter")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Rever antes de submeter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submeter e ver os meus resultados")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Os seus resultados");
        assertThat(page.locator("svg.radar")).isVisible();
        assertNoSeriousViolation(page);
        assertThat(page.getByText("Definir regras simples de utilização da IA")).isVisible();

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Descarregar o relatório em PDF")).click());
        assertThat(download.suggestedFilename()).as("named in Portuguese").isEqualTo("autodiagnostico-maturidade-digital-da-sua-empresa.pdf");
        DocumentReading report = DocumentReading.pdf(Files.readAllBytes(download.path()));
        assertThat(report.text()).contains("Maturidade digital da sua empresa").contains("O seu plano de ação")
                .contains("Definir regras simples de utilização da IA");
        assertThat(report.figureAlternatives()).anySatisfy(alternative -> assertThat(alternative).startsWith("Gráfico radar"));
    }

    private static void assertNoSeriousViolation(Page page) {
        var results = new com.deque.html.axecore.playwright.AxeBuilder(page).analyze();
        assertThat(results.isErrored()).isFalse();
        var blocking = results.getViolations().stream()
                .filter(rule -> AccessibilityBrowserTest.BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
        assertThat(blocking).as(() -> "Accessibility violations on " + page.url() + ":\n"
                + AccessibilityBrowserTest.describe(blocking)).isEmpty();
    }

    private static void answer(Page page, String question, String label) {
        page.locator("#question-" + question).getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).check();
    }

    private static void next(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar e continuar")).click();
    }
}

package eu.cybersudoe.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages pass axe-core's automated accessibility checks: no violation whose impact is
 * serious or critical. (Automated checks find part of the problems only; they are a floor.)
 */
@BrowserTest
class AccessibilityBrowserTest {

    static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/fr/", "/es/", "/pt/", "/en/", "/fr/legal", "/fr/privacy", "/fr/network", "/es/themes",
            "/pt/work-packages", "/fr/login", "/es/register"})
    void pageHasNoSeriousViolation(String path, Page page) {
        assertNoSeriousViolation(page, path);
    }

    @Test
    void partnerPageHasNoSeriousViolation(Page page) {
        assertNoSeriousViolation(page, "/fr/network/cybermassif");
    }

    private void assertNoSeriousViolation(Page page, String path) {
        Response response = page.navigate("http://localhost:" + port + path);
        assertThat(response.status()).as("HTTP status of %s", path).isEqualTo(200);

        AxeResults results = new AxeBuilder(page).analyze();

        assertThat(results.isErrored()).as("axe-core failed on %s: %s", path, results.getErrorMessage()).isFalse();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        assertThat(blocking).as(() -> "Accessibility violations on " + path + ":\n" + describe(blocking)).isEmpty();
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp()
                        + " (" + rule.getHelpUrl() + ")\n" + rule.getNodes().stream()
                        .map(AccessibilityBrowserTest::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      "
                + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
    }
}

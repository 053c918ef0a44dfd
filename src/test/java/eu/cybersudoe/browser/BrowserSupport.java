package eu.cybersudoe.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import eu.cybersudoe.testing.TestDatabase;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Drives Debian's Chromium ({@code /usr/bin/chromium}, package {@code chromium}) through
 * Playwright; Playwright never downloads a browser of its own. Tests skip with a message
 * when Chromium is missing, unless {@code REQUIRE_BROWSER=1} (CI) makes that a failure.
 *
 * <p>One browser serves the whole test run; each test method gets a fresh {@link Page} in
 * its own browser context (no cookies or storage shared between tests), closed after it.
 */
public class BrowserSupport implements ExecutionCondition, ParameterResolver {

    /** Where Debian installs Chromium; {@code -Dtest.chromium=…} points elsewhere. */
    public static final Path CHROMIUM = Path.of(System.getProperty("test.chromium", "/usr/bin/chromium"));

    /** Headless, no sandbox (CI runs as root), and no calls home on a machine without network. */
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /** How long an action or an assertion waits for the page before failing. */
    static final double TIMEOUT_MS = 15_000;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserSupport.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM)) {
            return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
        }
        String problem = "Chromium is not installed at " + CHROMIUM + " (apt-get install chromium, or run .ci/run)";
        if (TestDatabase.required("REQUIRE_BROWSER")) {
            throw new IllegalStateException("REQUIRE_BROWSER=1 but " + problem);
        }
        return ConditionEvaluationResult.disabled("Skipped: " + problem);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Page resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(RunningBrowser.class, key -> RunningBrowser.launch(), RunningBrowser.class)
                .browser();
        BrowserContext browserContext = browser.newContext();
        browserContext.setDefaultTimeout(TIMEOUT_MS);
        browserContext.setDefaultNavigationTimeout(TIMEOUT_MS);
        // Closed by JUnit when the test method ends (stored values that are AutoCloseable are closed).
        context.getStore(NAMESPACE).put(BrowserContext.class, browserContext);
        return browserContext.newPage();
    }

    /** Playwright and the browser it launched, closed by JUnit at the end of the run. */
    record RunningBrowser(Playwright playwright, Browser browser) implements AutoCloseable {

        static RunningBrowser launch() {
            // Also set here, not only by Surefire, so that a run from an IDE never downloads browsers.
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
                return new RunningBrowser(playwright, browser);
            } catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        @Override
        public void close() {
            playwright.close();
        }
    }

    /**
     * After the sign-in form: when a network admin or controller is sent to set up the one-time
     * code, does what the person would with an authenticator app, then continues past the recovery codes.
     */
    public static void throughOneTimeCodeSetUp(Page page) {
        page.waitForURL(address -> !address.endsWith("/login"));
        if (page.url().contains("/login/set-up")) {
            String secret = page.locator("#totp-secret").textContent();
            page.locator("#code").fill(eu.cybersudoe.testing.OneTimeCodes.code(secret, java.time.Clock.systemUTC()));
            page.locator("main form button[type=submit]").click();
            page.locator("main a.button").click();
            page.waitForURL(address -> !address.contains("/login"));
        }
    }
}

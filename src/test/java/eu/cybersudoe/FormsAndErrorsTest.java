package eu.cybersudoe;

import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms and errors as a browser meets them on the running server: an expired or garbled CSRF token,
 * the bare error address, control characters, over-long values, and the language links of a page
 * shown in answer to a form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormsAndErrorsTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ConferenceOffice office;

    long conference;
    HttpClient browser;

    @BeforeEach
    void aPublishedConferenceAndAFreshBrowser() {
        var start = LocalDate.now(MADRID).plusDays(15).atTime(10, 0).atZone(MADRID).toInstant();
        conference = office.create("cybermassif", new ConferenceDetails(ConferenceKind.AWARENESS_CONFERENCE,
                LocalizedText.of(Language.ES, "Seminario de ciberseguridad " + UUID.randomUUID()),
                LocalizedText.of(Language.ES, "Una mañana práctica."), List.of(), List.of("security"), List.of(Language.ES),
                ConferenceFormat.IN_PERSON, "Aula 1", "Calle Mayor 1", "28013", "Madrid", Country.ES, null, null, MADRID,
                start, start.plusSeconds(7200), 30, null, null, null));
        office.publish(conference);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @Test
    void aFormSentAfterTheSessionExpiredIsOfferedAgainWithWhatWasTyped() throws Exception {
        HttpResponse<String> refused = post("/es/conferences/" + conference + "/register",
                registration("Martínez Ruiz", "Ana"), "a-token-of-a-session-long-gone");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Su sesión ha caducado").doesNotContain("Acceso denegado")
                .contains("action=\"/es/conferences/" + conference + "/register\"")
                .contains("name=\"lastName\" value=\"Martínez Ruiz\"")
                .doesNotContain("a-token-of-a-session-long-gone");
        String fresh = token(refused.body());
        HttpResponse<String> sentAgain = post("/es/conferences/" + conference + "/register", hiddenFields(refused.body()), fresh);
        assertThat(sentAgain.statusCode()).isEqualTo(200);
        assertThat(sentAgain.body()).contains("<h1>" + "Está inscrito");
    }

    @Test
    void aFormForgedOnAnotherSiteIsNeverOfferedAgain() throws Exception {
        String form = "companyName=Forged&lastName=Forged&_csrf=none";
        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(uri("/es/conferences/" + conference + "/register"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Su sesión ha caducado").doesNotContain("Forged")
                .doesNotContain("action=\"/es/conferences/" + conference + "/register\"");
    }

    @Test
    void aGarbledTokenIsRefusedNeverAnError() throws Exception {
        get("/es/conferences/" + conference);
        for (String garbled : List.of("%", "a", "x".repeat(5000), "<script>alert(1)</script>", "===", "\u00e9\u00e8", " ")) {
            HttpResponse<String> refused = post("/es/conferences/" + conference + "/register", registration("Ruiz", "Ana"), garbled);
            assertThat(refused.statusCode()).as(garbled).isEqualTo(403);
            assertThat(refused.body()).as(garbled).contains("Su sesión ha caducado");
        }
    }

    @Test
    void theBareErrorAddressIsAPageThatDoesNotExist() throws Exception {
        assertThat(get("/error").statusCode()).isEqualTo(404);
        assertThat(browser.send(HttpRequest.newBuilder(uri("/error")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(403, 404);
    }

    @Test
    void controlCharactersAreRefusedOnTheirField() throws Exception {
        String token = token(get("/es/conferences/" + conference).body());
        HttpResponse<String> answer = post("/es/conferences/" + conference + "/register", registration("Ruiz\u0000", "Ana\u001b"), token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(errorOf(answer.body(), "lastName")).contains("caracteres de control");
        assertThat(errorOf(answer.body(), "firstName")).contains("caracteres de control");
        assertThat(answer.body()).doesNotContain("id=\"companyName-error\"").contains("value=\"Talleres Ruiz\"");
    }

    @Test
    void anOverlongNameIsReportedOnTheName() throws Exception {
        String token = token(get("/es/conferences/" + conference).body());
        HttpResponse<String> answer = post("/es/conferences/" + conference + "/register", registration("Ruiz", "A".repeat(5000)), token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(errorOf(answer.body(), "firstName")).isNotBlank();
        assertThat(answer.body()).doesNotContain("id=\"companyName-error\"").doesNotContain("id=\"lastName-error\"");
    }

    @Test
    void theLanguageLinksOfAPageAnsweringAFormLeadToItsPage() throws Exception {
        String token = token(get("/es/conferences/" + conference).body());
        HttpResponse<String> answer = post("/es/conferences/" + conference + "/register", registration("", "Ana"), token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("href=\"/fr/conferences/" + conference + "\"")
                .doesNotContain("href=\"/fr/conferences/" + conference + "/register\"");
        assertThat(get("/fr/conferences/" + conference).statusCode()).isEqualTo(200);
    }

    @Test
    void forwardedHeadersAreNotBelievedFromAnAddressNotListedAsAProxy() throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/en/legal"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("hreflang=\"fr\" href=\"http://localhost:" + port + "/fr/legal\"")
                .doesNotContain("https://localhost");
    }

    private static Map<String, String> registration(String lastName, String firstName) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("companyName", "Talleres Ruiz");
        form.put("country", "ES");
        form.put("postcode", "28013");
        form.put("city", "Madrid");
        form.put("firstName", firstName);
        form.put("lastName", lastName);
        form.put("email", "ana." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        form.put("language", "es");
        return form;
    }

    /** The text of a field's error, or empty when it has none. */
    private static String errorOf(String page, String field) {
        Matcher error = Pattern.compile("id=\"" + field + "-error\">(.*?)</div>", Pattern.DOTALL).matcher(page);
        return error.find() ? error.group(1) : "";
    }

    private static String token(String page) {
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return token.group(1);
    }

    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").matcher(page);
        while (hidden.find()) {
            if (!hidden.group(1).equals("_csrf")) {
                fields.put(hidden.group(1), org.springframework.web.util.HtmlUtils.htmlUnescape(hidden.group(2)));
            }
        }
        return fields;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, String csrf) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", "http://localhost:" + port + "/es/conferences/" + conference)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

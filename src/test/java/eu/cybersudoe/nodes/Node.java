package eu.cybersudoe.nodes;

import eu.cybersudoe.CyberSudoeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One platform node started in the test's JVM on the test database, with its own web and
 * management ports and its own data folder, so that what two nodes share can only go through the
 * database. Requests are plain HTTP, the session cookie passed by hand from node to node.
 */
public final class Node implements AutoCloseable {

    static final String COOKIE = "CYBERSUDOE_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SET_COOKIE = Pattern.compile(COOKIE + "=([^;]*)");

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node sharing sessions and files through the database, with the extra settings given. */
    public static Node start(String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--cybersudoe.sessions.store=database", "--cybersudoe.files.store=database"));
        arguments.addAll(List.of(settings));
        return new Node(new SpringApplicationBuilder(CyberSudoeApplication.class).run(arguments.toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    int managementPort() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.management.port"));
    }

    /** A GET on the main port, with the session cookie when not null. */
    HttpResponse<String> get(String path, String session) {
        return send(request(port(), path, session).GET().build());
    }

    HttpResponse<String> getManagement(String path) {
        return send(request(managementPort(), path, null).GET().build());
    }

    /** A form posted with the CSRF token of the page {@code formPage} shows in that session. */
    HttpResponse<String> post(String formPage, String path, String session, Map<String, String> fields) {
        HttpResponse<String> page = get(formPage, session);
        String cookie = sessionOf(page, session);
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException(formPage + " shows no CSRF token (" + page.statusCode() + ")");
        }
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(port(), path, cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signs in and gives the session cookie's value. */
    String signIn(String email, String password) {
        HttpResponse<String> response = post("/en/login", "/en/login", null,
                Map.of("email", email, "password", password, "lang", "en"));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("Sign-in refused: " + response.statusCode() + " " + response.headers().map());
        }
        return sessionOf(response, null);
    }

    /** The session cookie the response sets, else the one the request had. */
    static String sessionOf(HttpResponse<?> response, String previous) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher cookie = SET_COOKIE.matcher(header);
            if (cookie.find() && !cookie.group(1).isEmpty()) {
                return cookie.group(1);
            }
        }
        return previous;
    }

    private static HttpRequest.Builder request(int port, String path, String session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (session != null) {
            builder.header("Cookie", COOKIE + "=" + session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        context.close();
    }
}

package eu.cybersudoe.nodes;

import eu.cybersudoe.testing.OneTimeCodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP to one platform node, as a browser behind the proxy would send it: the session
 * cookie passed by hand (so that a session opened on one node can be taken to another), forms
 * posted with the CSRF token of the page that shows them, redirects not followed.
 */
public final class NodeHttp {

    static final String COOKIE = "CYBERSUDOE_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SET_COOKIE = Pattern.compile(COOKIE + "=([^;]*)");

    private final IntSupplier port;
    private final IntSupplier managementPort;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    NodeHttp(IntSupplier port, IntSupplier managementPort) {
        this.port = port;
        this.managementPort = managementPort;
    }

    /** A GET on the main port, with the session cookie when not null. */
    HttpResponse<String> get(String path, String session) {
        return send(request(port.getAsInt(), path, session).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET on the main port whose answer is kept as bytes (a download). */
    HttpResponse<byte[]> download(String path, String session) {
        return send(request(port.getAsInt(), path, session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> getManagement(String path) {
        return send(request(managementPort.getAsInt(), path, null).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form posted with the CSRF token of the page {@code formPage} shows in that session. */
    HttpResponse<String> post(String formPage, String path, String session, Map<String, String> fields) {
        Form form = form(formPage, session, fields);
        String body = form.fields().entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(port.getAsInt(), path, form.session()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form with one file field, posted as {@code multipart/form-data} with the CSRF token of {@code formPage}. */
    HttpResponse<String> upload(String formPage, String path, String session, Map<String, String> fields, String fileField,
                                String fileName, byte[] content) {
        Form form = form(formPage, session, fields);
        String boundary = "----node" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        form.fields().forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(port.getAsInt(), path, form.session()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private record Form(String session, Map<String, String> fields) {
    }

    private Form form(String formPage, String session, Map<String, String> fields) {
        HttpResponse<String> page = get(formPage, session);
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException(formPage + " shows no CSRF token (" + page.statusCode() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        return new Form(sessionOf(page, session), form);
    }

    /**
     * Signs in with a password and gives the session cookie's value; refused when the password
     * is wrong or when the account owes a second factor (see {@link #signInWithSecondFactor}).
     */
    String signIn(String email, String password) {
        HttpResponse<String> response = passwordStep(email, password);
        if (response.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException("Sign-in refused or not finished: " + response.headers().map());
        }
        return sessionOf(response, null);
    }

    /**
     * Signs in an account that must set up a second factor (a network admin): the password, then
     * the set-up page's secret entered in an authenticator app, whose code is sent back.
     */
    String signInSettingUpCode(String email, String password) {
        HttpResponse<String> first = passwordStep(email, password);
        if (!first.headers().firstValue("Location").orElse("").endsWith("/login/set-up")) {
            throw new IllegalStateException("No second factor to set up: " + first.headers().map());
        }
        String pending = sessionOf(first, null);
        String secret = OneTimeCodes.secretOn(get("/en/login/set-up", pending).body());
        HttpResponse<String> done = post("/en/login/set-up", "/en/login/set-up", pending,
                Map.of("code", OneTimeCodes.code(secret, Clock.systemUTC())));
        if (done.statusCode() != 200) {
            throw new IllegalStateException("Second factor not set up: " + done.statusCode());
        }
        return sessionOf(done, pending);
    }

    /** The sign-in form posted; a redirection, to the next page or to the second step. */
    HttpResponse<String> passwordStep(String email, String password) {
        HttpResponse<String> response = post("/en/login", "/en/login", null, Map.of("email", email, "password", password, "lang", "en"));
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Sign-in refused: " + response.statusCode() + " " + response.headers().map());
        }
        return response;
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
                .timeout(Duration.ofSeconds(60));
        if (session != null) {
            builder.header("Cookie", COOKIE + "=" + session);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

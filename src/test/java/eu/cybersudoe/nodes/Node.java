package eu.cybersudoe.nodes;

import eu.cybersudoe.CyberSudoeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One platform node started in the test's JVM on the test database, with its own web and
 * management ports and its own data folder, so that what two nodes share can only go through the
 * database. Requests are plain HTTP ({@link NodeHttp}), the session cookie passed by hand from node to node.
 */
public final class Node implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final NodeHttp http = new NodeHttp(this::port, this::managementPort);

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
        return http.get(path, session);
    }

    HttpResponse<String> getManagement(String path) {
        return http.getManagement(path);
    }

    /** A form posted with the CSRF token of the page {@code formPage} shows in that session. */
    HttpResponse<String> post(String formPage, String path, String session, Map<String, String> fields) {
        return http.post(formPage, path, session, fields);
    }

    /** Signs in and gives the session cookie's value. */
    String signIn(String email, String password) {
        return http.signIn(email, password);
    }

    @Override
    public void close() {
        context.close();
    }
}

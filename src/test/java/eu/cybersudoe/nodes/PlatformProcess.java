package eu.cybersudoe.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One platform node as production runs it: a JVM of its own started from the packaged jar,
 * configured by environment variables, with its own web and management ports and its own data
 * folder. Stopped gently ({@link #close()}) or killed with SIGKILL ({@link #kill()}).
 */
final class PlatformProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;
    private final int managementPort;
    final NodeHttp http;

    private PlatformProcess(String name, Process process, Path log, int port, int managementPort) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
        this.http = new NodeHttp(() -> port, () -> managementPort);
    }

    /**
     * Starts the jar with the environment given added to the platform's settings of a node: its
     * ports and data folder, the database, sessions and files in the database. Does not wait.
     */
    static PlatformProcess start(String name, Path jar, Path folder, Map<String, String> environment, String... arguments) {
        try {
            Path data = Files.createDirectories(folder.resolve(name));
            int port = freePort();
            int management = freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).directory(data.toFile()).redirectErrorStream(true);
            Path log = folder.resolve(name + ".log");
            builder.redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.putAll(Map.of("PORT", String.valueOf(port), "MANAGEMENT_PORT", String.valueOf(management),
                    "DATA_DIR", data.toString(), "SESSION_STORE", "database", "FILE_STORE", "database", "LOG_FORMAT", ""));
            env.putAll(environment);
            return new PlatformProcess(name, builder.start(), log, port, management);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node answers its readiness probe, or fails with the end of its log. */
    PlatformProcess awaitReady(Duration limit) throws InterruptedException {
        Instant giveUp = Instant.now().plus(limit);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " stopped at start (exit " + process.exitValue() + "):\n" + logTail());
            }
            try {
                if (http.get("/readyz", null).statusCode() == 200) {
                    return this;
                }
            } catch (UncheckedIOException notListeningYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Node " + name + " not ready after " + limit + ":\n" + logTail());
    }

    int port() {
        return port;
    }

    /** A counter of this node's Prometheus metrics (on the management port), summed over the labels matched. */
    double metric(String name, String labels) {
        HttpResponse<String> metrics = http.getManagement("/actuator/prometheus");
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(labels) + "[^}]*} ([0-9.Ee+-]+)$")
                .matcher(metrics.body());
        double sum = 0;
        while (line.find()) {
            sum += Double.parseDouble(line.group(1));
        }
        return sum;
    }

    /** SIGKILL: the node stops at once, without its shutdown (on Unix, {@code destroyForcibly} sends SIGKILL). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM, and SIGKILL if the node has not stopped after its graceful shutdown's time. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(45, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

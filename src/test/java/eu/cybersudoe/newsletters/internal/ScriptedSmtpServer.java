package eu.cybersudoe.newsletters.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server for the refusals GreenMail does not make: a recipient whose address
 * contains {@code defer} is refused with 451 (and {@code flaky} only the first time), one with
 * {@code reject} with 550, and for one with {@code drop} the connection is closed after the
 * message data, without a reply. Every accepted message is kept by recipient.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> senders = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The recipients of the messages accepted, in order (one entry per message). */
    List<String> accepted() {
        return accepted;
    }

    /** The envelope senders ({@code MAIL FROM}) given, in order. */
    List<String> senders() {
        return senders;
    }

    /** The recipients whose message data arrived, accepted or not. */
    List<String> received() {
        return received;
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> converse(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 scripted ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 scripted");
                } else if (command.startsWith("MAIL FROM")) {
                    recipient = null;
                    senders.add(line.substring(line.indexOf('<') + 1, line.indexOf('>')));
                    reply(out, "250 2.1.0 Ok");
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase();
                    int attempt = attempts.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
                    if (address.contains("reject")) {
                        reply(out, "550 5.1.1 <" + address + ">: Recipient address rejected");
                    } else if (address.contains("defer") || (address.contains("flaky") && attempt == 1)) {
                        reply(out, "451 4.3.0 <" + address + ">: Try again later");
                    } else {
                        recipient = address;
                        reply(out, "250 2.1.5 Ok");
                    }
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself is not kept
                    }
                    received.add(recipient);
                    if (recipient != null && recipient.contains("drop")) {
                        return;
                    }
                    accepted.add(recipient);
                    reply(out, "250 2.0.0 Ok: queued");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "250 2.0.0 Ok");
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

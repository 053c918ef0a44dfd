package eu.cybersudoe.shared.mail;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plain sockets with {@code TCP_NODELAY} on, so that the short commands of an SMTP dialogue
 * are not held back by Nagle's algorithm while the relay waits for them. Given to Jakarta
 * Mail as an instance in the {@code mail.smtp.socketFactory} session property; STARTTLS and
 * implicit TLS are layered on top of these sockets. Counts the sockets it made.
 */
public final class NoDelaySocketFactory extends SocketFactory {

    private final AtomicInteger created = new AtomicInteger();
    private final ThreadLocal<Socket> last = new ThreadLocal<>();

    /** How many sockets it has made, that is how many connections were opened. */
    public int created() {
        return created.get();
    }

    /** The last socket this factory made on the calling thread, or null. */
    public Socket lastOnThisThread() {
        return last.get();
    }

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return noDelay(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return noDelay(new Socket(address, port, localAddress, localPort));
    }

    private Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        created.incrementAndGet();
        last.set(socket);
        return socket;
    }
}

package eu.cybersudoe.newsletters.internal;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A message whose bytes are already written (headers and body): the SMTP transport streams them
 * as they are instead of building a MIME tree per recipient.
 */
final class PreparedMessage extends MimeMessage {

    private final byte[] bytes;
    private final int length;

    PreparedMessage(Session session, byte[] bytes, int length) {
        super(session);
        this.bytes = bytes;
        this.length = length;
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreList) throws IOException {
        out.write(bytes, 0, length);
        out.flush();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        writeTo(out, null);
    }

    @Override
    public int getSize() {
        return length;
    }
}

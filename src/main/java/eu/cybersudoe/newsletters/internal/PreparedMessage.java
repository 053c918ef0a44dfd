package eu.cybersudoe.newsletters.internal;

import jakarta.mail.Session;
import org.eclipse.angus.mail.smtp.SMTPMessage;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A message whose bytes are already written (headers and body): the SMTP transport streams them
 * as they are instead of building a MIME tree per recipient. With a return path, it is the
 * envelope sender ({@code MAIL FROM}) of this message alone.
 */
final class PreparedMessage extends SMTPMessage {

    private final byte[] bytes;
    private final int length;

    PreparedMessage(Session session, byte[] bytes, int length, String returnPath) {
        super(session);
        this.bytes = bytes;
        this.length = length;
        if (returnPath != null) {
            setEnvelopeFrom(returnPath);
        }
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

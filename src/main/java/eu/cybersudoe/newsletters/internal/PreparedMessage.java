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
    private final OutputStream direct;

    /**
     * @param direct the connection's own output, for bytes that are already dot-stuffed, or null to
     *               let the transport's data stream check every line
     */
    PreparedMessage(Session session, byte[] bytes, int length, String returnPath, OutputStream direct) {
        super(session);
        this.bytes = bytes;
        this.length = length;
        this.direct = direct;
        if (returnPath != null) {
            setEnvelopeFrom(returnPath);
        }
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreList) throws IOException {
        if (direct == null) {
            out.write(bytes, 0, length);
            out.flush();
            return;
        }
        // The transport's data stream would look at every byte again for line ends and leading
        // dots; these bytes end every line with CRLF and are dot-stuffed already. Nothing of the
        // dialogue is waiting in its buffer (the DATA command was flushed to read its reply), so
        // the bytes go to the socket, and the transport then ends the data with its "." line.
        out.flush();
        direct.write(bytes, 0, length);
        direct.flush();
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

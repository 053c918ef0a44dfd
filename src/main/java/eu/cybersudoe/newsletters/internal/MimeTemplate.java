package eu.cybersudoe.newsletters.internal;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.StreamProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A rendered variant as the bytes of a MIME message ({@code multipart/alternative}, text then
 * HTML, UTF-8, quoted-printable), encoded once: quoted-printable works line by line, so the lines
 * without a personal part are encoded here and only the few lines with a {@link Slots slot} are
 * encoded per recipient, after the slot is filled. The headers that change per recipient
 * ({@code Date}, {@code To}, {@code Message-ID}, {@code List-Unsubscribe}) come first.
 */
final class MimeTemplate {

    /** The category header every newsletter message carries. */
    static final String CATEGORY = "newsletter";

    /** The header that tells mail clients the unsubscribe address takes a one-click POST (RFC 8058). */
    static final String ONE_CLICK = "List-Unsubscribe-Post";
    static final String ONE_CLICK_VALUE = "List-Unsubscribe=One-Click";
    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";


    /** Jakarta Mail's encoders, looked up once: each lookup goes through the service loader. */
    private static final StreamProvider STREAMS = StreamProvider.provider();

    private final byte[] fixedHeaders;
    private final List<Object> body = new ArrayList<>();
    /** The same, with the static runs dot-stuffed for SMTP's DATA (each run starts a line). */
    private final List<Object> stuffedBody = new ArrayList<>();

    MimeTemplate(RenderedVariant variant, InternetAddress from) {
        String boundary = "=_cybersudoe_" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder headers = new StringBuilder(512);
        headers.append("From: ").append(MimeUtility.fold(6, from.toString())).append("\r\n")
                .append("Subject: ").append(MimeUtility.fold(9, encodeSubject(variant.subject()))).append("\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/alternative;\r\n\tboundary=\"").append(boundary).append("\"\r\n")
                .append("Content-Language: ").append(variant.language().code()).append("\r\n")
                .append("Precedence: bulk\r\n")
                .append(ONE_CLICK).append(": ").append(ONE_CLICK_VALUE).append("\r\n")
                .append(eu.cybersudoe.shared.mail.OutgoingMail.CATEGORY_HEADER).append(": ").append(CATEGORY).append("\r\n")
                .append("\r\n");
        fixedHeaders = headers.toString().getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream staticPart = new ByteArrayOutputStream();
        write(staticPart, "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
        part(variant.text(), false, staticPart);
        write(staticPart, "\r\n--" + boundary + "\r\nContent-Type: text/html; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
        part(variant.html(), true, staticPart);
        write(staticPart, "\r\n--" + boundary + "--\r\n");
        body.add(staticPart.toByteArray());
        for (Object element : body) {
            if (element instanceof byte[] bytes) {
                ByteArrayOutputStream stuffed = new ByteArrayOutputStream(bytes.length + 16);
                try {
                    stuff(bytes, bytes.length, stuffed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                stuffedBody.add(stuffed.toByteArray());
            } else {
                stuffedBody.add(element);
            }
        }
    }

    /** Splits a part into runs of lines encoded now and lines with slots kept for later. */
    private void part(String content, boolean html, ByteArrayOutputStream staticPart) {
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        StringBuilder run = new StringBuilder();
        for (String line : lines) {
            if (Slots.personal(line)) {
                encode(run.toString(), staticPart);
                run.setLength(0);
                body.add(staticPart.toByteArray());
                staticPart.reset();
                body.add(new PersonalLine(line, html));
            } else {
                run.append(line).append('\n');
            }
        }
        encode(run.toString(), staticPart);
    }

    /** Writes the whole message for one recipient. */
    void writeTo(OutputStream out, String to, String messageId, String date, Slots.Recipient recipient) throws IOException {
        writeTo(out, to, messageId, date, recipient, false);
    }

    /**
     * Writes the whole message for one recipient; {@code stuffed} as SMTP's DATA carries it, with a
     * dot added before every line that starts with one. Every line ends with CRLF either way.
     */
    void writeTo(OutputStream out, String to, String messageId, String date, Slots.Recipient recipient, boolean stuffed)
            throws IOException {
        write(out, "Date: " + date + "\r\nMessage-ID: " + messageId + "\r\nTo: " + to + "\r\n"
                + LIST_UNSUBSCRIBE + ": " + recipient.unsubscribe().listUnsubscribe() + "\r\n");
        out.write(fixedHeaders);
        StringBuilder filled = new StringBuilder(256);
        byte[] scratch = new byte[1024];
        for (Object element : stuffed ? stuffedBody : body) {
            if (element instanceof byte[] bytes) {
                out.write(bytes);
            } else {
                PersonalLine line = (PersonalLine) element;
                filled.setLength(0);
                Slots.fill(line.text(), recipient, line.html(), filled);
                if (!printableAscii(filled)) {
                    ByteArrayOutputStream encoded = new ByteArrayOutputStream(filled.length() * 2);
                    encode(filled + "\n", encoded);
                    if (stuffed) {
                        stuff(encoded.toByteArray(), encoded.size(), out);
                    } else {
                        encoded.writeTo(out);
                    }
                } else {
                    if (scratch.length < maxEncoded(filled.length())) {
                        scratch = new byte[maxEncoded(filled.length())];
                    }
                    out.write(scratch, 0, encodeAscii(filled, scratch, stuffed));
                }
            }
        }
    }

    /** Copies lines that each end with CRLF, adding a dot before every line that starts with one. */
    static void stuff(byte[] bytes, int size, OutputStream out) throws IOException {
        int from = 0;
        for (int i = 0; i < size; i++) {
            if (bytes[i] == '.' && (i == 0 || bytes[i - 1] == '\n')) {
                out.write(bytes, from, i - from);
                out.write('.');
                from = i;
            }
        }
        out.write(bytes, from, size - from);
    }

    private static void encode(String text, OutputStream out) {
        if (text.isEmpty()) {
            return;
        }
        try {
            OutputStream qp = STREAMS.outputQP(new NonClosing(out));
            qp.write(text.getBytes(StandardCharsets.UTF_8));
            qp.flush();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a newsletter part", e);
        }
    }

    /**
     * A filled personal line, quoted-printable. Most are short lines of printable ASCII (a
     * tracked link, the unsubscribe link), encoded here without a stream per line: characters as
     * they are, {@code =} as {@code =3D}, a soft line break before the 76th column. Any other
     * line goes through Jakarta Mail's encoder.
     */
    static void encodePersonal(String line, OutputStream out) throws IOException {
        if (!printableAscii(line)) {
            encode(line + "\n", out);
            return;
        }
        byte[] bytes = new byte[maxEncoded(line.length())];
        out.write(bytes, 0, encodeAscii(line, bytes, false));
    }

    /** The most bytes {@link #encodeAscii} writes for a line of that length. */
    private static int maxEncoded(int length) {
        return length * 4 + (length / 24 + 1) * 3 + 3;
    }

    /** Encodes a line of printable ASCII into {@code bytes}; the number of bytes written. */
    private static int encodeAscii(CharSequence line, byte[] bytes, boolean stuffed) {
        int size = 0;
        int column = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int width = c == '=' ? 3 : 1;
            if (column + width > 75) {
                bytes[size++] = '=';
                bytes[size++] = '\r';
                bytes[size++] = '\n';
                column = 0;
            }
            if (stuffed && column == 0 && c == '.') {
                bytes[size++] = '.';
            }
            if (c == '=') {
                bytes[size++] = '=';
                bytes[size++] = '3';
                bytes[size++] = 'D';
            } else {
                bytes[size++] = (byte) c;
            }
            column += width;
        }
        bytes[size++] = '\r';
        bytes[size++] = '\n';
        return size;
    }

    /** Printable ASCII and spaces, not ending with a space (which quoted-printable would have to encode). */
    private static boolean printableAscii(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return line.isEmpty() || line.charAt(line.length() - 1) != ' ';
    }

    private static String encodeSubject(String subject) {
        try {
            return MimeUtility.encodeText(subject, "UTF-8", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, String ascii) {
        try {
            out.write(ascii.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record PersonalLine(String text, boolean html) {
    }

    /** Lets an encoder write to a stream it must not own. */
    private static final class NonClosing extends OutputStream {
        private final OutputStream out;

        NonClosing(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }
    }
}

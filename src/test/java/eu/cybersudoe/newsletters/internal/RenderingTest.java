package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The variant chosen for a recipient, and the message encoded once and filled per recipient. */
class RenderingTest {

    @Test
    void theContactsLanguageThenTheirCountrysThenEnglishChooseTheVariant() {
        Set<Language> variants = Set.of(Language.FR, Language.ES, Language.EN);
        assertThat(Audience.variantFor(Language.ES, "FR", variants)).isEqualTo(Language.ES);
        assertThat(Audience.variantFor(Language.PT, "FR", variants)).isEqualTo(Language.FR);
        assertThat(Audience.variantFor(Language.PT, "PT", variants)).isEqualTo(Language.EN);
        assertThat(Audience.variantFor(null, "DE", variants)).isEqualTo(Language.EN);
    }

    @Test
    void eachCopyCarriesItsOwnPersonalPartsInAValidMessage() throws Exception {
        String longLine = "Une ligne très longue, accentuée et ponctuée = ".repeat(12);
        RenderedVariant rendered = new RenderedVariant(7, 3, Language.FR, "Numéro 3 : sécurité",
                "<p>\n" + Slots.GREETING + "\n</p>\n<p>" + longLine + "</p>\n<a href=\"" + Slots.UNSUBSCRIBE + "\">x</a>\n"
                        + "<p><a href=\"" + Slots.link(5) + "\">guide</a></p>\n" + Slots.OPEN_PIXEL + "\n",
                Slots.GREETING + "\n" + longLine + "\n.point en début de ligne\n" + Slots.EMAIL + "\n",
                "Bonjour {0},", "Bonjour,", Map.of(5L, "https://example.org/guide?a=1&b=2"));
        MimeTemplate template = new MimeTemplate(rendered, new InternetAddress("CyberSudoe <no-reply@cybersudoe.eu>"));

        MimeMessage first = parse(template, rendered, "joao@example.pt", "João & Co", "https://x.test/u?t=1&a=2",
                new Slots.Reading("https://x.test/fr/newsletter/click/s1-7-abc/", "https://x.test/fr/newsletter/open/s1-7-abc"));
        MimeMessage second = parse(template, rendered, "ana@example.es", null, "https://x.test/u?t=2", Slots.Reading.NONE);

        assertThat(first.getSubject()).isEqualTo("Numéro 3 : sécurité");
        assertThat(first.getMessageID()).isEqualTo("<id@cybersudoe.eu>");
        assertThat(first.getHeader("List-Unsubscribe", null))
                .isEqualTo("<https://x.test/u?t=1&a=2&one-click>, <mailto:unsubscribe+1-abc@cybersudoe.eu?subject=unsubscribe>");
        assertThat(first.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(text(first, "text/plain")).startsWith("Bonjour João & Co,\r\n" + longLine)
                .contains(".point en début de ligne").contains("joao@example.pt");
        assertThat(text(first, "text/html")).contains("Bonjour João &amp; Co,").contains(longLine)
                .contains("href=\"https://x.test/u?t=1&amp;a=2\"")
                .contains("href=\"https://x.test/fr/newsletter/click/s1-7-abc/5\"").doesNotContain("example.org/guide")
                .contains("<img src=\"https://x.test/fr/newsletter/open/s1-7-abc\" width=\"1\"");
        assertThat(text(second, "text/html")).contains("href=\"https://example.org/guide?a=1&amp;b=2\"")
                .doesNotContain("/newsletter/click/").doesNotContain("<img");
        assertThat(text(second, "text/plain")).startsWith("Bonjour,\r\n").contains("ana@example.es")
                .doesNotContain("João");
    }

    @Test
    void personalLinesAreValidQuotedPrintableAndDecodeToThemselves() throws Exception {
        for (String line : List.of("href=\"https://cybersudoe.eu/fr/newsletter/click/s123456-78-Ab_c-def0123456/42\"",
                "a=b".repeat(40), "", "x", "Bonjour Lucía,", "ends with a space ", "=".repeat(30) + "y".repeat(200))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MimeTemplate.encodePersonal(line, out);
            String encoded = out.toString(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(encoded).endsWith("\r\n");
            for (String physical : encoded.split("\r\n")) {
                assertThat(physical.length()).as("line length of " + line).isLessThanOrEqualTo(76);
            }
            byte[] decoded = jakarta.mail.internet.MimeUtility.decode(new ByteArrayInputStream(out.toByteArray()),
                    "quoted-printable").readAllBytes();
            assertThat(new String(decoded, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(line + "\r\n");
        }
    }

    @Test
    void theDotStuffedMessageIsTheMessageWithADotBeforeEachLineStartingWithOne() throws Exception {
        ByteArrayOutputStream stuffed = new ByteArrayOutputStream();
        byte[] lines = ".first\r\nmiddle.\r\n.\r\n..two\r\nend\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        MimeTemplate.stuff(lines, lines.length, stuffed);
        assertThat(stuffed.toString(java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("..first\r\nmiddle.\r\n..\r\n...two\r\nend\r\n");

        String wraps = "x".repeat(75) + ".after a soft break";
        RenderedVariant rendered = new RenderedVariant(7, 3, Language.FR, "Numéro 3",
                "<p>\n" + Slots.GREETING + "\n</p>\n.html line\n", ".text line\n" + Slots.GREETING + "\n" + Slots.EMAIL + "\n",
                "Bonjour {0},", "Bonjour,", Map.of());
        MimeTemplate template = new MimeTemplate(rendered, new InternetAddress("CyberSudoe <no-reply@cybersudoe.eu>"));
        for (String email : List.of(wraps + "@example.org", "lucia@example.es")) {
            Slots.Recipient recipient = rendered.recipient(email, email.startsWith("x") ? "Léa" : null,
                    new UnsubscribeLinks.Urls("https://x.test/u", "https://x.test/o", null), Slots.Reading.NONE);
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            template.writeTo(plain, email, "<id@x>", "Thu, 26 Nov 2026 12:00:00 +0000", recipient, false);
            ByteArrayOutputStream dotted = new ByteArrayOutputStream();
            template.writeTo(dotted, email, "<id@x>", "Thu, 26 Nov 2026 12:00:00 +0000", recipient, true);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            MimeTemplate.stuff(plain.toByteArray(), plain.size(), expected);
            assertThat(dotted.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(expected.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\r\n..text line");
            assertThat(plain.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContainPattern("[^\r]\n|\r[^\n]");
        }
    }

    static MimeMessage parse(MimeTemplate template, RenderedVariant rendered, String email, String name, String url,
                             Slots.Reading reading) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.writeTo(out, email, "<id@cybersudoe.eu>", "Thu, 26 Nov 2026 12:00:00 +0000",
                rendered.recipient(email, name, new UnsubscribeLinks.Urls(url, url + "&one-click", "unsubscribe+1-abc@cybersudoe.eu"), reading));
        for (String line : out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n")) {
            assertThat(line.length()).as("line length").isLessThanOrEqualTo(998);
        }
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
    }

    static String text(MimeMessage message, String type) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type);
    }
}

package eu.cybersudoe.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Downloaded files keep their name in the reader's language, safely for every client. */
class DownloadNamesTest {

    @Test
    void theHeaderGivesAnAsciiNameAndTheExactNameEncodedAsUtf8() {
        assertThat(DownloadNames.disposition(true, "feuille-d-émargement-12.pdf"))
                .isEqualTo("attachment; filename=\"feuille-d-emargement-12.pdf\"; filename*=UTF-8''feuille-d-%C3%A9margement-12.pdf");
        assertThat(DownloadNames.disposition(false, "agenda.ics")).isEqualTo("inline; filename=\"agenda.ics\"; filename*=UTF-8''agenda.ics");
    }

    @Test
    void quotesSeparatorsAndLineBreaksOfAnUploadedFileNameCannotBreakTheHeader() {
        String header = DownloadNames.disposition(true, "a\"b;c\r\nSet-Cookie: x=1 ../d\\e.csv");
        assertThat(header).doesNotContain("\r").doesNotContain("\n");
        assertThat(header).startsWith("attachment; filename=\"a-b-c--Set-Cookie:-x=1-..-d-e.csv\"; filename*=UTF-8''");
        assertThat(header.substring(header.indexOf("filename*="))).doesNotContain("\"").doesNotContain(";").doesNotContain(" ");
    }

    @Test
    void aTitleBecomesAPlainSlug() {
        assertThat(DownloadNames.slug("Maturité numérique de votre entreprise")).isEqualTo("maturite-numerique-de-votre-entreprise");
        assertThat(DownloadNames.slug("Région, secteur et taille")).isEqualTo("region-secteur-et-taille");
    }

    /** No controller writes a Content-Disposition header of its own: each goes through DownloadNames. */
    @Test
    void everyDownloadIsNamedThroughDownloadNames() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("DownloadNames.java")).toList()) {
                String source = Files.readString(file);
                for (String statement : source.split(";")) {
                    boolean sets = statement.contains("CONTENT_DISPOSITION") || statement.contains("\"Content-Disposition\"")
                            || statement.contains("ContentDisposition.");
                    if (sets && !statement.contains("DownloadNames.disposition(")) {
                        problems.add(file + ": " + statement.strip().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}

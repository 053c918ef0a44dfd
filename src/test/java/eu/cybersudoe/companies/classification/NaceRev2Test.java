package eu.cybersudoe.companies.classification;

import eu.cybersudoe.shared.reference.ReferenceDataException;
import eu.cybersudoe.shared.reference.ReferenceFile;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The NACE Rev. 2 file: its structure, and the problems reported in a broken copy. */
class NaceRev2Test {

    static final NaceRev2 NACE = NaceRev2.load();

    static String shipped(String file) {
        try {
            return new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NaceRev2 read(String text) {
        return NaceRev2.read(ReferenceFile.read(NaceRev2.FILE, new StringReader(text)));
    }

    static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        assertThat(at).as(fragment).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void holdsTheWholeClassification() {
        assertThat(NACE.sections()).hasSize(21);
        assertThat(NACE.sections().keySet()).containsExactly(
                "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U");
        assertThat(NACE.divisions()).hasSize(88);
        assertThat(NACE.classes()).hasSize(615);
        assertThat(NACE.classes().stream().map(c -> c.substring(0, 4)).distinct()).hasSize(272);
    }

    @Test
    void everyClassAppearsOnceInTheFileAndHasASection() {
        List<String> written = new ArrayList<>();
        Matcher classes = Pattern.compile("(?<![0-9])[0-9]{2}\\.[0-9]{2}(?![0-9])")
                .matcher(shipped(NaceRev2.FILE).split("\nnational:")[0].replaceAll("(?m)#.*$", ""));
        while (classes.find()) {
            written.add(classes.group());
        }
        assertThat(written).hasSize(615).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(NACE.classes());
        for (String naceClass : NACE.classes()) {
            assertThat(NACE.section(naceClass)).as(naceClass).isPresent();
            assertThat(NACE.divisions()).as(naceClass).containsKey(naceClass.substring(0, 2));
        }
    }

    @Test
    void givesTheSectionOfAClassOrDivision() {
        assertThat(NACE.section("01.11")).contains("A");
        assertThat(NACE.section("10.71")).contains("C");
        assertThat(NACE.section("41.20")).contains("F");
        assertThat(NACE.section("62.01")).contains("J");
        assertThat(NACE.section("62")).contains("J");
        assertThat(NACE.section("99.00")).contains("U");
        assertThat(NACE.section("62.05")).isEmpty();
        assertThat(NACE.section("04")).isEmpty();
        assertThat(NACE.isClass("35.11")).isTrue();
        assertThat(NACE.isClass("35.15")).isFalse();
    }

    @Test
    void aClassGivenTwiceIsReportedWithItsLine() {
        String text = shipped(NaceRev2.FILE).replace("[62.01, 62.02, 62.03, 62.09]", "[62.01, 62.02, 62.03, 62.02]");
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo(NaceRev2.FILE);
                    assertThat(e.line()).isEqualTo(lineOf(text, "[62.01, 62.02, 62.03, 62.02]"));
                    assertThat(e.problem()).endsWith("class 62.02 is given twice");
                });
    }

    @Test
    void aClassOutsideItsDivisionIsReported() {
        String text = shipped(NaceRev2.FILE).replace("[62.01, 62.02, 62.03, 62.09]", "[62.01, 62.02, 62.03, 63.09]");
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(ReferenceDataException.class, e ->
                        assertThat(e.problem()).endsWith("class 63.09 is not in division 62"));
    }

    @Test
    void aNationalClassThatIsAlsoANaceClassIsReported() {
        String text = shipped(NaceRev2.FILE).replace("national: [1021, 1022]", "national: [1021, 1011]");
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.line()).isEqualTo(lineOf(text, "national: [1021, 1011]"));
                    assertThat(e.problem()).endsWith("1011 is also the NACE class 10.11: it cannot stand for 10.20");
                });
    }
}

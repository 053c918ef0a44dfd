package eu.cybersudoe.shared.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.com\")", "+33 5 55 00 00 00", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd"})
    void aCellASpreadsheetWouldRunIsWrittenAsText(String cell) {
        assertThat(SpreadsheetText.neutralised(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Boulangerie Martin", "1+1", " =not first", "'=already text"})
    void otherCellsAreUnchanged(String cell) {
        assertThat(SpreadsheetText.neutralised(cell)).isEqualTo(cell);
    }

    @Test
    void emptyAndMissingCellsStayAsTheyAre() {
        assertThat(SpreadsheetText.neutralised("")).isEmpty();
        assertThat(SpreadsheetText.neutralised(null)).isNull();
    }
}

package eu.cybersudoe.companies.classification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Size classes from a headcount, and size bands as partners' files write them. */
class SizeClassTest {

    @Test
    void classifiesAHeadcount() {
        assertThat(SizeClass.of(0)).isEqualTo(SizeClass.MICRO);
        assertThat(SizeClass.of(9)).isEqualTo(SizeClass.MICRO);
        assertThat(SizeClass.of(10)).isEqualTo(SizeClass.SMALL);
        assertThat(SizeClass.of(49)).isEqualTo(SizeClass.SMALL);
        assertThat(SizeClass.of(50)).isEqualTo(SizeClass.MEDIUM);
        assertThat(SizeClass.of(249)).isEqualTo(SizeClass.MEDIUM);
        assertThat(SizeClass.of(250)).isEqualTo(SizeClass.LARGE);
        assertThat(SizeClass.of(100_000)).isEqualTo(SizeClass.LARGE);
        assertThatThrownBy(() -> SizeClass.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SizeClass.SMALL.maxEmployees()).isEqualTo(OptionalInt.of(49));
        assertThat(SizeClass.LARGE.maxEmployees()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "open", value = {
            // French
            "10 à 19 | 10 | 19 | SMALL", "de 10 à 49 salariés | 10 | 49 | SMALL", "0 salarié | 0 | 0 | MICRO",
            "Sans salarié | 0 | 0 | MICRO", "1 ou 2 salariés | 1 | 2 | MICRO", "250 salariés et plus | 250 | open | LARGE",
            "moins de 10 | 0 | 9 | MICRO", "plus de 250 | 251 | open | LARGE", "jusqu'à 9 salariés | 0 | 9 | MICRO",
            "2 000 à 4 999 | 2000 | 4999 | LARGE", "50 à 99 | 50 | 99 | MEDIUM",
            // Spanish
            "de 10 a 49 | 10 | 49 | SMALL", "De 1 a 9 trabajadores | 1 | 9 | MICRO", "Sin asalariados | 0 | 0 | MICRO",
            "250 o más | 250 | open | LARGE", "más de 249 empleados | 250 | open | LARGE", "menos de 10 | 0 | 9 | MICRO",
            "hasta 9 | 0 | 9 | MICRO", "de 1.000 a 4.999 | 1000 | 4999 | LARGE", "entre 50 y 249 | 50 | 249 | MEDIUM",
            // Portuguese
            "1-9 trabalhadores | 1 | 9 | MICRO", "10 a 49 pessoas | 10 | 49 | SMALL", "250 ou mais | 250 | open | LARGE",
            "mais de 250 | 251 | open | LARGE", "até 9 | 0 | 9 | MICRO", "menos de 10 trabalhadores | 0 | 9 | MICRO",
            "Sem pessoal ao serviço | 0 | 0 | MICRO", "50 – 249 | 50 | 249 | MEDIUM",
            // English
            "250+ | 250 | open | LARGE", "10-49 | 10 | 49 | SMALL", "10 to 49 employees | 10 | 49 | SMALL",
            "fewer than 10 | 0 | 9 | MICRO", "less than 50 | 0 | 49 | ", "up to 9 | 0 | 9 | MICRO",
            "250 or more | 250 | open | LARGE", "more than 249 | 250 | open | LARGE", "1,000+ | 1000 | open | LARGE",
            "no employees | 0 | 0 | MICRO", ">= 250 | 250 | open | LARGE", "< 10 | 0 | 9 | MICRO",
            // a headcount, and bands that straddle two classes
            "12 | 12 | 12 | SMALL", " 7 | 7 | 7 | MICRO", "200 a 499 | 200 | 499 | ", "0 à 19 | 0 | 19 | ",
            "50+ | 50 | open | "})
    void readsASizeBand(String text, int lower, Integer upper, SizeClass size) {
        SizeBand band = SizeClass.parseBand(text).orElseThrow(() -> new AssertionError(text + " was not read"));
        assertThat(band.lower()).isEqualTo(lower);
        assertThat(band.upper()).isEqualTo(upper == null ? OptionalInt.empty() : OptionalInt.of(upper));
        assertThat(band.sizeClass()).isEqualTo(Optional.ofNullable(size));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "beaucoup", "49 à 10", "1 2 3", "moins de 0", "123456789"})
    void readsNoBandFromOtherText(String text) {
        assertThat(SizeClass.parseBand(text)).isEmpty();
    }

    @Test
    void readsNoBandFromNothing() {
        assertThat(SizeClass.parseBand(null)).isEmpty();
    }
}

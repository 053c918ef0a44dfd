package eu.cybersudoe.companies.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTest {

    @Test
    void ignoresCaseAccentsPunctuationAndLegalForms() {
        assertThat(NameKey.of("Boulangerie Martin S.A.R.L.")).isEqualTo("boulangerie martin");
        assertThat(NameKey.of("BOULANGERIE  MARTIN")).isEqualTo("boulangerie martin");
        assertThat(NameKey.of("Construcciones Pérez, S.L.")).isEqualTo("construcciones perez");
        assertThat(NameKey.of("Têxteis da Beira, Lda.")).isEqualTo("texteis da beira");
        assertThat(NameKey.of("Açores Unipessoal Lda")).isEqualTo("acores");
        assertThat(NameKey.of(null)).isEmpty();
    }

    @Test
    void keepsWordsThatOnlyLookLikeLegalForms() {
        assertThat(NameKey.of("Sasha Informatique")).isEqualTo("sasha informatique");
        assertThat(NameKey.of("Salazar SA")).isEqualTo("salazar");
    }

    @Test
    void storesTagsBetweenCommas() {
        assertThat(Tags.store(List.of(" Export ", "tourism", "export", ""))).isEqualTo(",export,tourism,");
        assertThat(Tags.read(",export,tourism,")).containsExactly("export", "tourism");
        assertThat(Tags.store(List.of())).isEmpty();
    }
}

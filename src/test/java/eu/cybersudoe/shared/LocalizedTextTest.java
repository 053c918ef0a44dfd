package eu.cybersudoe.shared;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTest {

    final LocalizedText guide = new LocalizedText(Map.of(Language.FR, "Guide de la sécurité", Language.ES, "Guía de seguridad"), Language.FR);

    @Test
    void showsTheAskedLanguageWithoutMarker() {
        assertThat(guide.in(Language.ES)).isEqualTo(new LocalizedText.Shown("Guía de seguridad", Language.ES, false));
    }

    @Test
    void fallsBackToTheSourceLanguageThenAnyAndSaysSo() {
        assertThat(guide.in(Language.PT)).isEqualTo(new LocalizedText.Shown("Guide de la sécurité", Language.FR, true));
        LocalizedText lostSource = new LocalizedText(Map.of(Language.ES, "Solo en español"), Language.FR);
        assertThat(lostSource.in(Language.EN)).isEqualTo(new LocalizedText.Shown("Solo en español", Language.ES, true));
    }

    @Test
    void dropsBlankTexts() {
        LocalizedText text = new LocalizedText(Map.of(Language.FR, "  ", Language.EN, "Hello "), Language.EN);
        assertThat(text.has(Language.FR)).isFalse();
        assertThat(text.in(Language.EN).text()).isEqualTo("Hello");
        assertThat(new LocalizedText(Map.of(), Language.FR).in(Language.FR).text()).isEmpty();
    }

    @Test
    void storesAsJsonAndReadsBack() {
        String json = LocalizedTextConverter.toJson(guide);
        assertThat(json).contains("\"source\":\"fr\"").contains("Guía de seguridad");
        assertThat(LocalizedTextConverter.fromJson(json)).isEqualTo(guide);
        assertThat(new LocalizedTextConverter().convertToEntityAttribute(null)).isNull();
    }

    @Test
    void picksTheBrowserLanguage() {
        assertThat(Language.fromAcceptLanguage("pt-BR,pt;q=0.9")).isEqualTo(Language.PT);
        assertThat(Language.fromAcceptLanguage("ca-ES,es;q=0.8,en;q=0.5")).isEqualTo(Language.ES);
        assertThat(Language.fromAcceptLanguage("de,ja")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("garbage;;q=x")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.EN);
    }
}

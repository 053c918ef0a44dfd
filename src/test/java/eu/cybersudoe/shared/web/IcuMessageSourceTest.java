package eu.cybersudoe.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Plural forms from ICU in the four languages, every other message resolved as before. */
class IcuMessageSourceTest {

    final MessageSource messages = new WebConfiguration().messageSource();

    String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        String key = "conferences.office.attendanceCount";
        assertThat(t(key, Locale.ENGLISH, 1, 1)).isEqualTo("1 person from 1 company");
        assertThat(t(key, Locale.ENGLISH, 2, 0)).isEqualTo("2 people from 0 companies");
        // in French, 0 takes the singular
        assertThat(t(key, Locale.FRENCH, 0, 0)).isEqualTo("0 personne de 0 entreprise");
        assertThat(t(key, Locale.FRENCH, 3, 2)).isEqualTo("3 personnes de 2 entreprises");
        assertThat(t(key, Locale.of("es"), 1, 2)).isEqualTo("1 persona de 2 empresas");
        assertThat(t(key, Locale.of("pt"), 2, 1)).isEqualTo("2 pessoas de 1 empresa");
        assertThat(t("conferences.agenda.count", Locale.ENGLISH, 0)).isEqualTo("No conference");
        assertThat(t("conferences.agenda.count", Locale.ENGLISH, 1234)).isEqualTo("1,234 conferences");
        assertThat(t("conferences.agenda.count", Locale.FRENCH, 1)).isEqualTo("1 réunion");
        assertThat(t("conferences.page.seatsLeft", Locale.of("es"), 1, 30)).isEqualTo("Queda 1 de 30");
        assertThat(t("conferences.page.seatsLeft", Locale.of("pt"), 4, 30)).isEqualTo("Restam 4 de 30");
        assertThat(t("newsletters.progress.rate", Locale.FRENCH, 1L)).isEqualTo("1 message par seconde");
        assertThat(t("newsletters.uncertain.decision.CLOSE", Locale.of("pt"), 1L, "Ana", "hoje"))
                .isEqualTo("1 exemplar fechado sem reenvio por Ana em hoje");
    }

    @Test
    void otherMessagesReadAsBefore() {
        assertThat(t("conferences.checkIn.opensOn", Locale.FRENCH, "lundi 7 décembre 2026"))
                .isEqualTo("L'accueil des participants ouvre le lundi 7 décembre 2026 (heure du lieu).");
        assertThat(t("newsletters.uncertain.none", Locale.FRENCH)).isEqualTo("Aucun exemplaire incertain n'attend de décision.");
        assertThat(t("newsletters.launch.confirm", Locale.FRENCH, "3", 2L))
                .isEqualTo("J'ai vérifié le public : le numéro 3 part à 2 destinataires");
    }
}

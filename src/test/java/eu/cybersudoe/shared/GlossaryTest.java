package eu.cybersudoe.shared;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles speak the network's words of {@code glossary.md}: a message whose English text uses a
 * glossary term uses that term's translation in French, Spanish and (European) Portuguese, and the known
 * slips (another word for a glossary term, a Brazilian form, an American spelling) are not used.
 */
class GlossaryTest {

    /** A glossary concept: how English says it, and the pattern its translation must match in fr, es, pt. */
    record Term(String english, Map<Language, String> translations) {
    }

    static final List<Term> TERMS = List.of(
            new Term("sign-in sheet", Map.of(Language.FR, "émargement", Language.ES, "hojas? de firmas", Language.PT, "folhas? de presenças")),
            new Term("waiting list", Map.of(Language.FR, "listes? d'attente", Language.ES, "listas? de espera", Language.PT, "listas? de espera")),
            new Term("certificate of attendance", Map.of(Language.FR, "attestations? de présence", Language.ES, "certificados? de asistencia",
                    Language.PT, "certificados? de presença")),
            new Term("intervention report", Map.of(Language.FR, "rapports? d'intervention", Language.ES, "informes? de intervención",
                    Language.PT, "relatórios? de intervenção")),
            new Term("consultant-day", Map.of(Language.FR, "jours?-hommes? de conseil", Language.ES, "jornadas? de consultoría",
                    Language.PT, "dias? de consultoria")),
            new Term("dashboard", Map.of(Language.FR, "tableau de bord", Language.ES, "cuadro de mando", Language.PT, "painel de controlo")),
            new Term("work package", Map.of(Language.FR, "groupes? de tâches", Language.ES, "grupos? de tareas", Language.PT, "grupos? de tarefas")),
            new Term("lead partner", Map.of(Language.FR, "chef de file", Language.ES, "socio principal|jefe de fila",
                    Language.PT, "parceiro principal|chefe de fila")),
            new Term("awareness conference", Map.of(Language.FR, "réunions? de sensibilisation", Language.ES, "jornadas? de sensibilización",
                    Language.PT, "sess(ão|ões) de sensibilização")));

    /** Words the glossary replaces, per language, with the term to use instead. */
    static final Map<Language, Map<String, String>> SLIPS = Map.of(
            Language.FR, Map.of("mener à bout", "mener à bien", "auto-diagnostic", "autodiagnostic",
                    "feuille de présence", "feuille d'émargement"),
            Language.ES, Map.of("auto-diagnóstico", "autodiagnóstico", "hoja de asistencia", "hoja de firmas"),
            Language.PT, Map.of("\\bregistro", "registo", "\\busuári", "utilizador", "\\bequipe\\b", "equipa", "\\bsenha", "palavra-passe",
                    "\\btela\\b", "ecrã", "\\bcontato", "contacto", "\\bnewsletter(?!_)", "boletim informativo"),
            Language.EN, Map.of("\\borganiz", "organis…", "\\bcenter\\b", "centre", "\\bcanceled\\b", "cancelled",
                    "\\bself-diagnos", "self-assessment", "\\bcolor\\b", "colour"));

    @Test
    void aGlossaryTermIsTranslatedByTheGlossary() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource english : bundles()) {
            String base = english.getFilename().replace("_en.properties", "");
            Properties en = load(english);
            for (Language language : List.of(Language.FR, Language.ES, Language.PT)) {
                Properties other = load(bundle(base, language));
                for (String key : en.stringPropertyNames()) {
                    String value = text(other.getProperty(key, ""));
                    for (Term term : TERMS) {
                        if (text(en.getProperty(key)).toLowerCase().contains(term.english())
                                && !Pattern.compile(term.translations().get(language), Pattern.CASE_INSENSITIVE).matcher(value).find()) {
                            problems.add(base + "_" + language.code() + " " + key + ": \"" + term.english() + "\" is \""
                                    + term.translations().get(language) + "\", not in: " + value);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noSlipReplacesAGlossaryTerm() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource english : bundles()) {
            String base = english.getFilename().replace("_en.properties", "");
            for (Language language : Language.values()) {
                Properties messages = load(bundle(base, language));
                for (String key : messages.stringPropertyNames()) {
                    String value = text(messages.getProperty(key));
                    SLIPS.get(language).forEach((slip, term) -> {
                        if (Pattern.compile(slip, Pattern.CASE_INSENSITIVE).matcher(value).find()) {
                            problems.add(base + "_" + language.code() + " " + key + ": use \"" + term + "\" in: " + value);
                        }
                    });
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theQuestionnairesFrenchHasNoSlipEither() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource questionnaire : new PathMatchingResourcePatternResolver().getResources("classpath*:reference/diagnostics/*.yml")) {
            String text = questionnaire.getContentAsString(StandardCharsets.UTF_8);
            SLIPS.get(Language.FR).forEach((slip, term) -> {
                if (Pattern.compile(slip, Pattern.CASE_INSENSITIVE).matcher(text).find()) {
                    problems.add(questionnaire.getFilename() + ": use \"" + term + "\"");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    /** A message as read: the doubled apostrophes of message formats made single. */
    private static String text(String message) {
        return message.replace("''", "'").replace('’', '\'');
    }

    private static Resource[] bundles() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_en.properties");
    }

    private static Resource bundle(String base, Language language) {
        return new PathMatchingResourcePatternResolver().getResource("classpath:i18n/" + base + "_" + language.code() + ".properties");
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

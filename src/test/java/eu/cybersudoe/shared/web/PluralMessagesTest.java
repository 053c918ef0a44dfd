package eu.cybersudoe.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message that counts things says "1 company" and "2 companies" in each language's own way:
 * French takes the singular for 0 and 1, European Portuguese, Spanish and English only for 1.
 */
class PluralMessagesTest {

    static final Locale EN = Locale.ENGLISH, ES = Locale.of("es"), FR = Locale.FRENCH, PT = Locale.of("pt");

    final MessageSource messages = new WebConfiguration().messageSource();

    /** A counting message: how many arguments it takes, and what it says for 1 and for 2 in en, es, fr, pt. */
    record Counting(String key, int arguments, String... forms) {
        String one(Locale locale) {
            return forms[2 * index(locale)];
        }

        String other(Locale locale) {
            return forms[2 * index(locale) + 1];
        }

        private static int index(Locale locale) {
            return List.of(EN, ES, FR, PT).indexOf(locale);
        }
    }

    static final List<Counting> COUNTING = List.of(
            new Counting("login.error.throttled", 1, "1 minute", "2 minutes", "1 minuto", "2 minutos",
                    "1 minute", "2 minutes", "1 minuto", "2 minutos"),
            new Counting("companies.import.show.review", 1, "Review the probable duplicate", "Review the 2 probable duplicates",
                    "Revisar el duplicado probable", "Revisar los 2 duplicados probables",
                    "Vérifier le doublon probable", "Vérifier les 2 doublons probables",
                    "Verificar o duplicado provável", "Verificar os 2 duplicados prováveis"),
            new Counting("companies.import.unknownActivity.link", 1, "1 company was imported", "2 companies were imported",
                    "Se importó 1 empresa", "Se importaron 2 empresas",
                    "1 entreprise a été importée", "2 entreprises ont été importées",
                    "Foi importada 1 empresa", "Foram importadas 2 empresas"),
            new Counting("companies.import.file.malformedAt", 2, "handling 1 row", "handling 2 rows",
                    "tratar 1 fila", "tratar 2 filas", "traité 1 ligne", "traité 2 lignes", "tratar 1 linha", "tratar 2 linhas"),
            new Counting("companies.search.segment.name.tooLong", 1, "1 character", "2 characters",
                    "1 carácter", "2 caracteres", "1 caractère", "2 caractères", "1 carácter", "2 caracteres"),
            new Counting("conferences.invitations.result", 2, "1 invitation sent", "2 invitations sent",
                    "1 invitación enviada, 1 fallida", "2 invitaciones enviadas, 2 fallidas",
                    "1 invitation envoyée", "2 invitations envoyées",
                    "1 convite enviado, 1 falhado", "2 convites enviados, 2 falhados"),
            new Counting("diagnostics.facts", 3,
                    "1 question · 1 dimension · about 1 minute", "2 questions · 2 dimensions · about 2 minutes",
                    "1 pregunta · 1 apartado · unos 1 minuto", "2 preguntas · 2 apartados · unos 2 minutos",
                    "1 question · 1 axe · environ 1 minute", "2 questions · 2 axes · environ 2 minutes",
                    "1 pergunta · 1 dimensão · cerca de 1 minuto", "2 perguntas · 2 dimensões · cerca de 2 minutos"),
            new Counting("diagnostics.peers.percentile", 2, "of the 1 company in", "of the 2 companies in",
                    "de la 1 empresa de", "de las 2 empresas de", "de la 1 entreprise de", "des 2 entreprises de",
                    "da 1 empresa deste", "das 2 empresas deste"),
            new Counting("diagnostics.peers.widened", 1, "Fewer than 1 company closer", "Fewer than 2 companies closer",
                    "Menos de 1 empresa más", "Menos de 2 empresas más",
                    "Moins de 1 entreprise comparable", "Moins de 2 entreprises comparables",
                    "Menos de 1 empresa mais", "Menos de 2 empresas mais"),
            new Counting("diagnostics.peers.none", 1, "1 other company has", "2 other companies have",
                    "1 empresa más haya", "2 empresas más hayan", "1 autre entreprise aura", "2 autres entreprises auront",
                    "1 outra empresa tiver", "2 outras empresas tiverem"),
            new Counting("diagnostics.remind.months", 1, "in 1 month", "in 2 months", "dentro de 1 mes", "dentro de 2 meses",
                    "dans 1 mois", "dans 2 mois", "daqui a 1 mês", "daqui a 2 meses"),
            new Counting("diagnostics.aggregates.intro", 1, "fewer than 1 company is", "fewer than 2 companies is",
                    "menos de 1 empresa.", "menos de 2 empresas.", "moins de 1 entreprise n'est", "moins de 2 entreprises n'est",
                    "menos de 1 empresa.", "menos de 2 empresas."),
            new Counting("diagnostics.aggregates.none", 1, "reached 1 company for", "reached 2 companies for",
                    "a 1 empresa para", "a 2 empresas para", "encore 1 entreprise pour", "encore 2 entreprises pour",
                    "a 1 empresa para", "a 2 empresas para"),
            new Counting("diagnostics.aggregates.suppressed", 2,
                    "1 group of fewer than 1 company not shown", "2 groups of fewer than 2 companies not shown",
                    "1 grupo de menos de 1 empresa sin mostrar", "2 grupos de menos de 2 empresas sin mostrar",
                    "1 groupe de moins de 1 entreprise non affiché.", "2 groupes de moins de 2 entreprises non affichés.",
                    "1 grupo com menos de 1 empresa não mostrado.", "2 grupos com menos de 2 empresas não mostrados."),
            new Counting("diagnostics.officeList.count", 1, "1 diagnostic", "2 diagnostics", "1 diagnóstico", "2 diagnósticos",
                    "1 diagnostic", "2 diagnostics", "1 diagnóstico", "2 diagnósticos"),
            new Counting("missions.reassign.line", 2, "1 open mission to", "2 open missions to",
                    "1 misión abierta que", "2 misiones abiertas que", "1 mission en cours", "2 missions en cours",
                    "1 missão em curso", "2 missões em curso"),
            new Counting("missions.list.count", 1, "1 mission", "2 missions", "1 misión", "2 misiones",
                    "1 mission", "2 missions", "1 missão", "2 missões"),
            new Counting("missions.page.scheduleValue", 3, "1 day planned", "2 days planned", "1 día previsto", "2 días previstos",
                    "1 jour prévu", "2 jours prévus", "1 dia previsto", "2 dias previstos"),
            new Counting("missions.page.heldValue", 2, ", 1 day", ", 2 days", ", 1 día", ", 2 días",
                    ", 1 jour", ", 2 jours", ", 1 dia", ", 2 dias"),
            new Counting("missions.report.byline", 4, "(1 day)", "(2 days)", "(1 día)", "(2 días)",
                    "(1 jour)", "(2 jours)", "(1 dia)", "(2 dias)"),
            new Counting("missions.company.acknowledgeText", 2, "(1 day)", "(2 days)", "(1 día)", "(2 días)",
                    "(1 jour)", "(2 jours)", "(1 dia)", "(2 dias)"),
            new Counting("missions.timeline.delivered", 1, "(1 day)", "(2 days)", "(1 día)", "(2 días)",
                    "(1 jour)", "(2 jours)", "(1 dia)", "(2 dias)"),
            new Counting("network.directory.intro", 1, "The support structure of the network, the regions it covers",
                    "The 2 support structures of the network, the regions they cover",
                    "La entidad de apoyo de la red", "Las 2 entidades de apoyo de la red",
                    "La structure d'appui du réseau, les régions qu'elle couvre",
                    "Les 2 structures d'appui du réseau, les régions qu'elles couvrent",
                    "A entidade de apoio da rede", "As 2 entidades de apoio da rede"),
            new Counting("people.invite.intro", 1, "valid 1 day and", "valid 2 days and", "válido 1 día y", "válido 2 días y",
                    "valable 1 jour et", "valable 2 jours et", "válida 1 dia e", "válida 2 dias e"),
            new Counting("home.partners.title", 1, "1 partner in", "2 partners in", "1 socio en", "2 socios en",
                    "1 partenaire dans", "2 partenaires dans", "1 parceiro em", "2 parceiros em"),
            new Counting("Size", 3, "and 1 character.", "and 2 characters.", "y 1 carácter.", "y 2 caracteres.",
                    "et 1 caractère.", "et 2 caractères.", "e 1 carácter.", "e 2 caracteres."),
            new Counting("Size.password", 3, "At least 1 character.", "At least 2 characters.",
                    "Al menos 1 carácter.", "Al menos 2 caracteres.", "Au moins 1 caractère.", "Au moins 2 caractères.",
                    "Pelo menos 1 carácter.", "Pelo menos 2 caracteres."),
            new Counting("companies.search.count", 1, "1 organisation found", "2 organisations found",
                    "1 organización encontrada", "2 organizaciones encontradas",
                    "1 organisation trouvée", "2 organisations trouvées",
                    "1 organização encontrada", "2 organizações encontradas"));

    String say(String key, Locale locale, Object count, int arguments) {
        Object[] args = new Object[arguments];
        Arrays.fill(args, count);
        return messages.getMessage(key, args, locale);
    }

    /** The text as a whole phrase: not followed by a letter, so "1 mission" is not found in "1 missions". */
    static Pattern phrase(String text) {
        String start = Character.isLetterOrDigit(text.charAt(0)) ? "(?<![\\p{L}\\d])" : "";
        return Pattern.compile(start + Pattern.quote(text) + "(?!\\p{L})");
    }

    @Test
    void everyCountingMessageTakesTheSingularForOneAndThePluralForTwo() {
        for (Counting message : COUNTING) {
            for (Locale locale : List.of(EN, ES, FR, PT)) {
                String one = say(message.key(), locale, 1, message.arguments());
                String two = say(message.key(), locale, 2L, message.arguments());
                String where = message.key() + " in " + locale;
                assertThat(one).as(where).containsPattern(phrase(message.one(locale)));
                assertThat(two).as(where).containsPattern(phrase(message.other(locale)));
                String pluralOfOne = message.other(locale).replace('2', '1');
                if (!pluralOfOne.equals(message.one(locale))) {
                    assertThat(one).as(where).doesNotContainPattern(phrase(pluralOfOne));
                }
                String singularOfTwo = message.one(locale).replace('1', '2');
                if (!singularOfTwo.equals(message.other(locale))) {
                    assertThat(two).as(where).doesNotContainPattern(phrase(singularOfTwo));
                }
            }
        }
    }

    @Test
    void frenchTakesTheSingularForZeroToo() {
        for (Counting message : COUNTING) {
            if (message.key().equals("companies.search.count")) {
                continue;
            }
            assertThat(say(message.key(), FR, 0, message.arguments())).as(message.key())
                    .containsPattern(phrase(message.one(FR).replace('1', '0')));
            for (Locale locale : List.of(EN, ES, PT)) {
                assertThat(say(message.key(), locale, 0, message.arguments())).as(message.key() + " in " + locale)
                        .doesNotContainPattern(phrase(message.one(locale).replace('1', '0')));
            }
        }
        assertThat(say("companies.search.count", FR, 0, 1)).isEqualTo("Aucune organisation trouvée");
        assertThat(say("companies.search.count", PT, 0, 1)).isEqualTo("Nenhuma organização encontrada");
        assertThat(say("missions.list.count", EN, 0, 1)).isEqualTo("0 missions");
        assertThat(say("missions.list.count", PT, 0, 1)).isEqualTo("0 missões");
    }

    @Test
    void daysGivenAsDecimalsAreWrittenInTheLanguageAndChooseTheirForm() {
        assertThat(say("missions.page.heldValue", EN, new BigDecimal("1.5"), 2)).endsWith(", 1.5 days");
        // French counts everything below 2 in the singular
        assertThat(say("missions.page.heldValue", FR, new BigDecimal("1.5"), 2)).endsWith(", 1,5 jour");
        assertThat(say("missions.page.heldValue", PT, new BigDecimal("1.5"), 2)).endsWith(", 1,5 dias");
        assertThat(say("missions.page.heldValue", ES, new BigDecimal("0.5"), 2)).endsWith(", 0,5 días");
        assertThat(say("missions.page.heldValue", EN, new BigDecimal("1.00"), 2)).endsWith(", 1 day");
        assertThat(say("missions.list.count", EN, 1234L, 1)).isEqualTo("1,234 missions");
    }

    @Test
    void apostrophesReadAsTheyDidAroundPlurals() {
        assertThat(say("companies.import.file.malformedAt", FR, 3, 2)).contains("l'import s'est arrêté là");
        assertThat(say("diagnostics.aggregates.intro", EN, 5, 1)).startsWith("Mean score of each company's latest diagnostic.");
        assertThat(say("missions.timeline.delivered", FR, 2, 1)).isEqualTo("Mission d'accompagnement : rapport d'intervention remis (2 jours)");
        assertThat(say("companies.import.unknownActivity.link", FR, 2, 1)).contains("code d'activité");
    }

    /** Words that name counted things, or agree with a count, in the four languages. */
    static final Set<String> COUNTED = Set.of(
            "companies", "entreprises", "empresas", "missions", "misiones", "missões", "days", "jours", "días", "dias",
            "rows", "lignes", "filas", "linhas", "minutes", "minutos", "partners", "partenaires", "socios", "parceiros",
            "seats", "places", "plazas", "lugares", "diagnostics", "diagnósticos", "months", "mois", "meses",
            "questions", "preguntas", "perguntas", "dimensions", "axes", "apartados", "dimensões", "participants",
            "participantes", "people", "personnes", "personas", "pessoas", "copies", "exemplaires", "ejemplares", "exemplares",
            "messages", "mensajes", "mensagens", "recipients", "destinataires", "destinatarios", "destinatários",
            "organisations", "organizaciones", "organizações", "characters", "caractères", "caracteres", "groups", "groupes",
            "grupos", "conferences", "conférences", "conferencias", "conferências", "réunions", "reuniones", "reuniões",
            "registrations", "inscriptions", "inscripciones", "inscrições", "answers", "réponses", "respuestas", "respostas",
            "structures", "entidades", "duplicates", "doublons", "duplicados", "invitations", "invitaciones", "convites",
            "envoyées", "enviadas", "enviados", "fallidas", "falhados", "files", "fichiers", "archivos", "ficheiros",
            "documents", "documentos", "contacts", "contactos", "hours", "heures", "horas", "weeks", "semaines", "semanas",
            "years", "ans", "años", "anos", "advisors", "conseillers", "asesores", "consultores", "users", "utilisateurs",
            "usuarios", "utilizadores", "accounts", "comptes", "cuentas", "contas", "proposals", "propositions",
            "propuestas", "propostas", "issues", "numéros", "números", "readers", "lecteurs", "lectores", "leitores");

    /** Words that may stand between a count and what it counts ("2 other companies", "3 autres entreprises"). */
    static final Set<String> BETWEEN = Set.of("other", "open", "new", "more", "autres", "nouvelles", "nouveaux", "otras",
            "otros", "nuevas", "nuevos", "outras", "outros", "novas", "novos");

    static final Pattern COUNT_AND_WORDS = Pattern.compile("\\{\\s*\\d+\\s*(?:,\\s*number[^{}]*)?}\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?");
    static final Pattern EITHER_FORM = Pattern.compile("\\p{L}\\((?:s|es|ns|ões|ies)\\)");

    @Test
    void noBundleCountsThingsWithoutPluralForms() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                if (EITHER_FORM.matcher(text).find()) {
                    problems.add(bundle.getFilename() + " " + key + ": a word(s) form instead of a plural argument");
                }
                Matcher count = COUNT_AND_WORDS.matcher(text);
                while (count.find()) {
                    String word = count.group(1).toLowerCase(Locale.ROOT);
                    String next = count.group(2) == null ? "" : count.group(2).toLowerCase(Locale.ROOT);
                    if (COUNTED.contains(word) || (BETWEEN.contains(word) && COUNTED.contains(next))) {
                        problems.add(bundle.getFilename() + " " + key + ": \"" + count.group() + "\" without a plural argument");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}

package eu.cybersudoe.companies.imports;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values partners write in their files: day-first dates (31/12/2024, 31-12-24,
 * 31.12.2024) as well as ISO ones, yes and no in four languages, countries by code or name,
 * languages by code or name, and whole numbers written with spaces or a useless ",0".
 */
final class Cells {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})(?:[ T].*)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+(?:[.,]0+)?");

    private static final Map<String, Boolean> ANSWERS = Map.ofEntries(
            Map.entry("oui", true), Map.entry("o", true), Map.entry("si", true), Map.entry("s", true), Map.entry("sim", true),
            Map.entry("yes", true), Map.entry("y", true), Map.entry("x", true), Map.entry("1", true), Map.entry("true", true),
            Map.entry("vrai", true), Map.entry("verdadero", true), Map.entry("verdadeiro", true),
            Map.entry("non", false), Map.entry("n", false), Map.entry("no", false), Map.entry("nao", false),
            Map.entry("0", false), Map.entry("false", false), Map.entry("faux", false), Map.entry("falso", false));

    private static final Map<String, Country> COUNTRIES = Map.ofEntries(
            Map.entry("fr", Country.FR), Map.entry("fra", Country.FR), Map.entry("france", Country.FR), Map.entry("francia", Country.FR),
            Map.entry("franca", Country.FR), Map.entry("es", Country.ES), Map.entry("esp", Country.ES), Map.entry("espagne", Country.ES),
            Map.entry("espana", Country.ES), Map.entry("espanha", Country.ES), Map.entry("spain", Country.ES),
            Map.entry("pt", Country.PT), Map.entry("prt", Country.PT), Map.entry("portugal", Country.PT));

    private static final Map<String, Language> LANGUAGES = Map.ofEntries(
            Map.entry("fr", Language.FR), Map.entry("francais", Language.FR), Map.entry("frances", Language.FR),
            Map.entry("french", Language.FR), Map.entry("es", Language.ES), Map.entry("espagnol", Language.ES),
            Map.entry("espanol", Language.ES), Map.entry("castellano", Language.ES), Map.entry("espanhol", Language.ES),
            Map.entry("spanish", Language.ES), Map.entry("pt", Language.PT), Map.entry("portugais", Language.PT),
            Map.entry("portugues", Language.PT), Map.entry("portuguese", Language.PT), Map.entry("en", Language.EN),
            Map.entry("anglais", Language.EN), Map.entry("ingles", Language.EN), Map.entry("english", Language.EN));

    private Cells() {
    }

    /** A date written day first or as ISO; a two-digit year is of this century. */
    static Optional<LocalDate> date(String text) {
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                int year = Integer.parseInt(dayFirst.group(3));
                return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))));
            }
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A year: a four-digit number, or the year of a date. */
    static Optional<Integer> year(String text) {
        if (YEAR.matcher(text).matches()) {
            return Optional.of(Integer.parseInt(text));
        }
        return date(text).map(LocalDate::getYear);
    }

    /** A whole number, with spaces between thousands or a ",0" a spreadsheet added. */
    static Optional<Integer> whole(String text) {
        String compact = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (!WHOLE.matcher(compact).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(compact.split("[.,]")[0]));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** Yes or no, in French, Spanish, Portuguese or English; empty when it says neither. */
    static Optional<Boolean> answer(String text) {
        return Optional.ofNullable(ANSWERS.get(ImportField.plain(text)));
    }

    static Optional<Country> country(String text) {
        return Optional.ofNullable(COUNTRIES.get(ImportField.plain(text)));
    }

    static Optional<Language> language(String text) {
        return Optional.ofNullable(LANGUAGES.get(ImportField.plain(text)));
    }
}

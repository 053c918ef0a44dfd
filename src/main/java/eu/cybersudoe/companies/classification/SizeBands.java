package eu.cybersudoe.companies.classification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads size bands written in French, Spanish, Portuguese or English. The text is compared without
 * accents or capitals; a number with thousands separators ("1 000", "1.000", "1,000") counts as one.
 */
final class SizeBands {

    private static final Pattern THOUSANDS = Pattern.compile("(?<![0-9])[0-9]{1,3}(?:[ .,][0-9]{3})+(?![0-9])");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SEPARATORS = Pattern.compile("[ .,]");

    /** No employee at all: "sans salarié", "sin asalariados", "sem pessoal ao serviço", "no employees". */
    private static final Pattern NONE = Pattern.compile(
            "\\b(sans salarie|aucun salarie|sin asalariad|sin emplead|sin trabajador|ningun|sem pessoal|sem trabalhador"
                    + "|sem assalariad|sem empregad|no employee|no staff|none)");
    /** The number and more: "250+", "250 et plus", "250 y más", "250 ou mais", "250 or more", "≥ 250". */
    private static final Pattern OR_MORE = Pattern.compile(
            "\\+|>=|≥|\\b(ou plus|et plus|et au-dela|y mas|o mas|ou mais|e mais|ou superior|or more|and more|and over|or over)\\b");
    /** More than the number: "plus de 250", "más de 250", "mais de 250", "more than 250", "> 249". */
    private static final Pattern MORE_THAN = Pattern.compile(
            ">|\\b(plus de|superieur a|mas de|superior a|mais de|acima de|more than|over|above)\\b");
    /** Up to the number: "jusqu'à 9", "hasta 9", "até 9", "up to 9", "≤ 9". */
    private static final Pattern AT_MOST = Pattern.compile(
            "<=|≤|\\b(jusqu ?a|au plus|hasta|como maximo|ate|no maximo|up to|at most)\\b");
    /** Fewer than the number: "moins de 10", "menos de 10", "less than 10", "< 10". */
    private static final Pattern LESS_THAN = Pattern.compile(
            "<|\\b(moins de|inferieur a|menos de|inferior a|abaixo de|less than|fewer than|under|below)\\b");

    private SizeBands() {
    }

    static Optional<SizeBand> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String tidy = tidy(text);
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(tidy);
        while (matcher.find()) {
            if (matcher.group().length() > 7) {
                return Optional.empty();
            }
            numbers.add(Integer.parseInt(matcher.group()));
        }
        return switch (numbers.size()) {
            case 0 -> NONE.matcher(tidy).find() ? Optional.of(SizeBand.between(0, 0)) : Optional.empty();
            case 1 -> one(tidy, numbers.getFirst());
            case 2 -> numbers.get(0) <= numbers.get(1)
                    ? Optional.of(SizeBand.between(numbers.get(0), numbers.get(1))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<SizeBand> one(String text, int number) {
        if (OR_MORE.matcher(text).find()) {
            return Optional.of(SizeBand.atLeast(number));
        }
        if (AT_MOST.matcher(text).find()) {
            return Optional.of(SizeBand.between(0, number));
        }
        if (MORE_THAN.matcher(text).find()) {
            return Optional.of(SizeBand.atLeast(number + 1));
        }
        if (LESS_THAN.matcher(text).find()) {
            return number == 0 ? Optional.empty() : Optional.of(SizeBand.between(0, number - 1));
        }
        return Optional.of(SizeBand.between(number, number));
    }

    private static String tidy(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        plain = SPACES.matcher(plain).replaceAll(" ").replace('\'', ' ').replace('\u2019', ' ').strip();
        return THOUSANDS.matcher(plain).replaceAll(m -> SEPARATORS.matcher(m.group()).replaceAll(""));
    }
}

package eu.cybersudoe.companies.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form of an organisation's name used to search and to spot probable duplicates: lower
 * case, without accents, punctuation or legal form ("Boulangerie Martin S.A.R.L." and
 * "boulangerie martin" have the same key).
 */
public final class NameKey {

    /** Legal forms of France, Spain and Portugal, in their key form (dots and spaces removed). */
    static final Set<String> LEGAL_FORMS = Set.of("sarl", "sas", "sasu", "sa", "eurl", "sci", "snc", "scop", "ei",
            "sl", "slu", "sll", "slne", "sc", "scoop", "sau", "lda", "unipessoal", "unipessoallda", "eirl");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** "S.A.R.L." and "S. L.": single letters followed by dots, made one word before legal forms are dropped. */
    private static final Pattern DOTTED_LETTERS = Pattern.compile("\\b(\\p{L})\\.\\s?(?=\\p{L}\\b\\.?)");

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        // "S.A.R.L." and "S. L." become one word before legal forms are dropped
        if (plain.indexOf('.') >= 0) {
            plain = DOTTED_LETTERS.matcher(plain).replaceAll("$1");
        }
        StringBuilder key = new StringBuilder();
        for (String word : NOT_LETTER_OR_DIGIT.split(plain)) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                key.append(key.isEmpty() ? "" : " ").append(word);
            }
        }
        return key.toString();
    }
}

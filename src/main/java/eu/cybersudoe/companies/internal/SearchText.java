package eu.cybersudoe.companies.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text typed in the company search may stand for besides a name: the national
 * identifiers it may be (a SIREN, SIRET, NIF/CIF/NIE or NIPC, typed with or without spaces, or
 * inside an intra-EU VAT number of France, Spain or Portugal; a SIRET also names its company's
 * SIREN), the VAT numbers it may be part of, the SIREN whose establishments it names, and a postcode.
 */
record SearchText(Set<String> identifiers, Set<String> vatNumbers, String siren, String postcode, boolean onlyLegalForms) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z0-9]{2,20}");
    private static final Pattern FRENCH_VAT = Pattern.compile("FR([0-9A-Z]{2})([0-9]{9})");
    private static final Pattern SPANISH_VAT = Pattern.compile("ES([0-9A-Z][0-9]{7}[0-9A-Z])");
    private static final Pattern PORTUGUESE_VAT = Pattern.compile("PT([0-9]{9})");
    private static final Pattern SPANISH_NIF = Pattern.compile("[0-9A-Z][0-9]{7}[0-9A-Z]");
    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");
    private static final Pattern SIRET = Pattern.compile("[0-9]{14}");
    /** France and Spain: five digits; Portugal: four digits, a dash and three. */
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}|[0-9]{4}-[0-9]{3}");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    static SearchText of(String text) {
        String compact = SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        Set<String> identifiers = new LinkedHashSet<>();
        Set<String> vatNumbers = new LinkedHashSet<>();
        String siren = null;
        if (IDENTIFIER.matcher(compact).matches()) {
            identifiers.add(compact);
            vatNumbers.add(compact);
            Optional<String> national = nationalPartOfVat(compact);
            national.ifPresent(identifiers::add);
            String number = national.orElse(compact);
            if (NINE_DIGITS.matcher(number).matches()) {
                siren = number;
                vatNumbers.add("PT" + number);
            } else if (SIRET.matcher(number).matches()) {
                identifiers.add(number.substring(0, 9));
            }
            if (SPANISH_NIF.matcher(number).matches()) {
                vatNumbers.add("ES" + number);
            }
        }
        String typed = text.strip();
        String postcode = POSTCODE.matcher(typed).matches() ? typed : null;
        return new SearchText(identifiers, vatNumbers, siren, postcode, onlyLegalForms(text));
    }

    /** The national identifier inside a French, Spanish or Portuguese VAT number. */
    private static Optional<String> nationalPartOfVat(String compact) {
        for (Pattern vat : new Pattern[] {FRENCH_VAT, SPANISH_VAT, PORTUGUESE_VAT}) {
            Matcher matcher = vat.matcher(compact);
            if (matcher.matches()) {
                return Optional.of(matcher.group(matcher.groupCount()));
            }
        }
        return Optional.empty();
    }

    /** Whether every word typed is a legal form ("SARL", "S.L.", "Lda"): alone they name no company. */
    private static boolean onlyLegalForms(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("(\\p{L})\\.\\s?", "$1");
        String[] words = WORDS.split(plain.strip());
        boolean any = false;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!NameKey.LEGAL_FORMS.contains(word)) {
                return false;
            }
            any = true;
        }
        return any;
    }
}

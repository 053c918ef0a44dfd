package eu.cybersudoe.companies.classification;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An activity code as people type it ("6201Z", "62.01 z", " 6201 ", "111" for 0111), tidied into
 * its digits and its letter, in the form of one national system: spaces dropped, letters in
 * capitals, the dot optional. A leading zero a spreadsheet dropped from a number is put back for
 * Spain only: a French code has a letter, so a spreadsheet keeps its zero, and three digits and a
 * letter are a NAF rév. 1 code (111Z was oil and gas extraction, not 01.11Z cereals); a four-digit
 * Portuguese code could be a NACE class typed without its fifth digit.
 *
 * @param digits the code's digits, four (NAF rév. 2, CNAE-2009) or five (CAE-Rev.3)
 * @param letter the NAF rév. 2 letter, or {@code 0} for the others
 */
record CodeText(String digits, char letter) {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    /** "62.01Z", "1.11", "62.010", "62-01". */
    private static final Pattern DOTTED = Pattern.compile("([0-9]{1,2})[.,\\-]([0-9]{2,3})([A-Z]?)");
    /** "6201Z", "62010", "111" (0111 without its zero). */
    private static final Pattern PLAIN = Pattern.compile("([0-9]{3,5})([A-Z]?)");

    static Optional<CodeText> parse(String raw, CodeSystem system) {
        String text = SPACES.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        String digits;
        String letter;
        Matcher dotted = DOTTED.matcher(text);
        Matcher plain = PLAIN.matcher(text);
        if (dotted.matches()) {
            digits = (dotted.group(1).length() == 1 ? "0" : "") + dotted.group(1) + dotted.group(2);
            letter = dotted.group(3);
        } else if (plain.matches()) {
            digits = plain.group(1);
            letter = plain.group(2);
            if (digits.length() == 3 && letter.isEmpty() && system == CodeSystem.CNAE_2009) {
                digits = "0" + digits;
            }
        } else {
            return Optional.empty();
        }
        int length = system == CodeSystem.CAE_REV3 ? 5 : 4;
        boolean wantsLetter = system == CodeSystem.NAF_REV2;
        if (digits.length() != length || letter.isEmpty() == wantsLetter) {
            return Optional.empty();
        }
        return Optional.of(new CodeText(digits, wantsLetter ? letter.charAt(0) : 0));
    }

    /** The NACE class the first four digits write, such as {@code 62.01}. */
    String naceClass() {
        return digits.substring(0, 2) + "." + digits.substring(2, 4);
    }
}

package eu.cybersudoe.companies.identifiers;

import eu.cybersudoe.companies.identifiers.IdentifierCheck.Reason;
import eu.cybersudoe.network.Country;

import static eu.cybersudoe.companies.identifiers.IdentifierKind.CIF;
import static eu.cybersudoe.companies.identifiers.IdentifierKind.NIE;
import static eu.cybersudoe.companies.identifiers.IdentifierKind.NIF;
import static eu.cybersudoe.companies.identifiers.Verdicts.digits;
import static eu.cybersudoe.companies.identifiers.Verdicts.refused;
import static eu.cybersudoe.companies.identifiers.Verdicts.validIf;

/**
 * Spain: the NIF of persons (DNI, or K, L, M), the NIE of foreigners and the NIF of entities
 * (CIF), all 9 characters, told apart by their first character; the rules are described on
 * {@link IdentifierKind#NIF}, {@link IdentifierKind#NIE} and {@link IdentifierKind#CIF}.
 */
final class SpanishRules {

    /** The control letter of a DNI, NIE or K/L/M NIF, indexed by the number modulo 23. */
    private static final String PERSON_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    /** The letters of the legal forms of entities. */
    private static final String ENTITY_LETTERS = "ABCDEFGHJNPQRSUVW";
    /** The letter form of an entity's control digit, indexed by the digit. */
    private static final String ENTITY_CONTROL_LETTERS = "JABCDEFGHI";
    /** Entities whose control character is a letter. */
    private static final String LETTER_CONTROL = "NPQRSW";
    /** Entities whose control character is a digit (unless non-resident). */
    private static final String DIGIT_CONTROL = "ABEH";

    private SpanishRules() {
    }

    /** A Spanish identifier without its ES prefix. */
    static IdentifierCheck check(String national, String input) {
        if (national.length() != 9 || !digits(national.substring(1, 8))) {
            return refused(Reason.FORMAT, input);
        }
        char first = national.charAt(0);
        String sevenDigits = national.substring(1, 8);
        char control = national.charAt(8);
        if (isDigit(first) && isLetter(control)) {
            return validIf(personLetter(national.substring(0, 8)) == control, NIF, national, Country.ES, input);
        }
        if ("KLM".indexOf(first) >= 0 && isLetter(control)) {
            return validIf(personLetter(sevenDigits) == control, NIF, national, Country.ES, input);
        }
        if ("XYZ".indexOf(first) >= 0 && isLetter(control)) {
            return validIf(personLetter("XYZ".indexOf(first) + sevenDigits) == control, NIE, national, Country.ES, input);
        }
        if (ENTITY_LETTERS.indexOf(first) >= 0 && (isDigit(control) || isLetter(control))) {
            return validIf(entityControlValid(first, sevenDigits, control), CIF, national, Country.ES, input);
        }
        return refused(Reason.FORMAT, input);
    }

    private static char personLetter(String digits) {
        return PERSON_LETTERS.charAt(Integer.parseInt(digits) % 23);
    }

    private static boolean entityControlValid(char entity, String sevenDigits, char control) {
        int digit = Luhn.checkDigit(sevenDigits);
        boolean nonResident = sevenDigits.startsWith("00");
        boolean letterAllowed = LETTER_CONTROL.indexOf(entity) >= 0 || nonResident || DIGIT_CONTROL.indexOf(entity) < 0;
        boolean digitAllowed = LETTER_CONTROL.indexOf(entity) < 0 && !nonResident;
        return letterAllowed && control == ENTITY_CONTROL_LETTERS.charAt(digit)
                || digitAllowed && control == (char) ('0' + digit);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}

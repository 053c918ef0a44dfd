package eu.cybersudoe.companies.identifiers;

import eu.cybersudoe.companies.identifiers.IdentifierCheck.Reason;
import eu.cybersudoe.network.Country;

import static eu.cybersudoe.companies.identifiers.IdentifierKind.SIREN;
import static eu.cybersudoe.companies.identifiers.IdentifierKind.SIRET;
import static eu.cybersudoe.companies.identifiers.IdentifierKind.VAT;
import static eu.cybersudoe.companies.identifiers.Verdicts.digits;
import static eu.cybersudoe.companies.identifiers.Verdicts.refused;
import static eu.cybersudoe.companies.identifiers.Verdicts.validIf;

/**
 * France: SIREN (9 digits), SIRET (14 digits) and the VAT number (2-character key and the
 * SIREN), as described on {@link IdentifierKind#SIREN}, {@link IdentifierKind#SIRET} and
 * {@link IdentifierKind#VAT}.
 */
final class FrenchRules {

    /** La Poste's SIREN; its establishments' SIRETs use the digit-sum rule instead of Luhn. */
    static final String LA_POSTE = "356000000";
    /** La Poste's head office, which follows the Luhn rule. */
    static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    /** The characters of a VAT key: digits and letters but I and O. */
    private static final String KEY_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private FrenchRules() {
    }

    /** A French identifier without its FR prefix, recognised by its length. */
    static IdentifierCheck check(String national, String input) {
        if (digits(national) && national.length() == 9) {
            return validIf(sirenValid(national), SIREN, national, Country.FR, input);
        }
        if (digits(national) && national.length() == 14) {
            return validIf(siretValid(national), SIRET, national, Country.FR, input);
        }
        if (vatShape(national)) {
            return validIf(vatValid(national), VAT, "FR" + national, Country.FR, input);
        }
        return refused(Reason.FORMAT, input);
    }

    /** The part of a VAT number after FR. */
    static IdentifierCheck checkVat(String national, String input) {
        if (vatShape(national)) {
            return validIf(vatValid(national), VAT, "FR" + national, Country.FR, input);
        }
        return refused(Reason.FORMAT, input);
    }

    static boolean sirenValid(String siren) {
        return Luhn.valid(siren);
    }

    static boolean siretValid(String siret) {
        if (!sirenValid(siret.substring(0, 9))) {
            return false;
        }
        if (siret.startsWith(LA_POSTE) && !siret.equals(LA_POSTE_HEAD_OFFICE)) {
            return digitSum(siret) % 5 == 0;
        }
        return Luhn.valid(siret);
    }

    private static boolean vatShape(String national) {
        return national.length() == 11
                && KEY_ALPHABET.indexOf(national.charAt(0)) >= 0
                && KEY_ALPHABET.indexOf(national.charAt(1)) >= 0
                && digits(national.substring(2));
    }

    /**
     * The key against the SIREN. A key of two digits is (SIREN × 100 + 12) modulo 97. A key
     * with a letter is checked as the European
     * Commission's VIES algorithms describe it: the key's two characters, as indexes in
     * {@code 0-9A-Z} without I and O, give S = C1 × 24 + C2 − 10 if the first is a digit,
     * else C1 × 34 + C2 − 100; then S modulo 11 must equal (SIREN + 1 + S / 11) modulo 11.
     * Monaco companies have a number starting with 000 in place of a SIREN, which is not
     * Luhn-checked.
     */
    private static boolean vatValid(String national) {
        String siren = national.substring(2);
        if (!siren.startsWith("000") && !sirenValid(siren)) {
            return false;
        }
        long sirenNumber = Long.parseLong(siren);
        char first = national.charAt(0);
        char second = national.charAt(1);
        if (isAsciiDigit(first) && isAsciiDigit(second)) {
            return Integer.parseInt(national.substring(0, 2)) == (sirenNumber * 100 + 12) % 97;
        }
        int c1 = KEY_ALPHABET.indexOf(first);
        int c2 = KEY_ALPHABET.indexOf(second);
        int s = c1 < 10 ? c1 * 24 + c2 - 10 : c1 * 34 + c2 - 100;
        return (sirenNumber + 1 + s / 11) % 11 == s % 11;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }
}

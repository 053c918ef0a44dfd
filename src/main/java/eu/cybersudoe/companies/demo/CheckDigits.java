package eu.cybersudoe.companies.demo;

import eu.cybersudoe.companies.identifiers.Luhn;

/**
 * Completes generated numbers with the check digits of the national identifiers, following the
 * rules described on {@link eu.cybersudoe.companies.identifiers.IdentifierKind}: Luhn for SIREN
 * and SIRET, Luhn with a digit or letter for the Spanish CIF, modulo 11 for the Portuguese NIPC.
 */
final class CheckDigits {

    private static final String CIF_CONTROL_LETTERS = "JABCDEFGHI";

    private CheckDigits() {
    }

    /** A SIREN from its first 8 digits. */
    static String siren(String eightDigits) {
        return eightDigits + luhnCheckDigit(eightDigits);
    }

    /** A SIRET from a SIREN and the first 4 digits of the establishment number (NIC). */
    static String siret(String siren, String fourDigits) {
        String thirteen = siren + fourDigits;
        return thirteen + luhnCheckDigit(thirteen);
    }

    /**
     * A CIF from its legal-form letter and 7 digits (province and sequence). The control is a
     * digit for A, B, E and H, a letter for N, P, Q, R, S and W; this generator uses the digit
     * for every other letter it makes (F, G, J, U, V allow both).
     */
    static String cif(char letter, String sevenDigits) {
        int digit = luhnCheckDigit(sevenDigits);
        boolean letterControl = "NPQRSW".indexOf(letter) >= 0 || sevenDigits.startsWith("00");
        return "" + letter + sevenDigits + (letterControl ? CIF_CONTROL_LETTERS.charAt(digit) : (char) ('0' + digit));
    }

    /** A NIPC from its first 8 digits: weights 9 to 2, 11 minus the remainder, 10 and 11 giving 0. */
    static String nipc(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (eightDigits.charAt(i) - '0');
        }
        int check = 11 - sum % 11;
        return eightDigits + (check >= 10 ? 0 : check);
    }

    /** The digit that, appended, makes the number pass the Luhn check. */
    static int luhnCheckDigit(String digits) {
        return Luhn.checkDigit(digits);
    }
}

package eu.cybersudoe.companies.identifiers;

import eu.cybersudoe.companies.identifiers.IdentifierCheck.Reason;
import eu.cybersudoe.network.Country;

import java.util.Set;

import static eu.cybersudoe.companies.identifiers.IdentifierKind.NIPC;
import static eu.cybersudoe.companies.identifiers.Verdicts.digits;
import static eu.cybersudoe.companies.identifiers.Verdicts.refused;
import static eu.cybersudoe.companies.identifiers.Verdicts.validIf;

/** Portugal: the NIPC and the NIF of persons, 9 digits, as described on {@link IdentifierKind#NIPC}. */
final class PortugueseRules {

    /** First digits that are issued on their own. */
    private static final Set<Character> FIRST_DIGITS = Set.of('1', '2', '3', '5', '6', '8');
    /** First two digits issued when the first digit alone is not. */
    private static final Set<String> FIRST_TWO_DIGITS =
            Set.of("45", "70", "71", "72", "74", "75", "77", "78", "79", "90", "91", "98", "99");

    private PortugueseRules() {
    }

    /** A Portuguese identifier without its PT prefix. */
    static IdentifierCheck check(String national, String input) {
        if (national.length() != 9 || !digits(national) || !issuedPrefix(national)) {
            return refused(Reason.FORMAT, input);
        }
        return validIf(checkDigitValid(national), NIPC, national, Country.PT, input);
    }

    private static boolean issuedPrefix(String number) {
        return FIRST_DIGITS.contains(number.charAt(0)) || FIRST_TWO_DIGITS.contains(number.substring(0, 2));
    }

    /** Weights 9 down to 2 on the first 8 digits; the check digit is 11 minus the sum modulo 11, or 0 if that is 10 or 11. */
    private static boolean checkDigitValid(String number) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (number.charAt(i) - '0');
        }
        int check = 11 - sum % 11;
        return number.charAt(8) - '0' == (check >= 10 ? 0 : check);
    }
}

package eu.cybersudoe.companies.identifiers;

/**
 * The Luhn (modulus 10) check digit, ISO/IEC 7812-1 annex B: from the right, every second
 * digit is doubled and the digits of the products are added; a number is valid when the
 * total is a multiple of 10.
 */
public final class Luhn {

    private Luhn() {
    }

    /** Whether a string of ASCII digits passes the Luhn check. */
    public static boolean valid(String digits) {
        return sum(digits, false) % 10 == 0;
    }

    /** The digit that, appended to a string of ASCII digits, makes it pass the Luhn check. */
    public static int checkDigit(String digits) {
        return (10 - sum(digits, true) % 10) % 10;
    }

    private static int sum(String digits, boolean doubleLast) {
        int sum = 0;
        boolean doubled = doubleLast;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum;
    }
}

package eu.cybersudoe.companies;

/** Test data shared by the registry's tests in other packages. */
public final class CompanyRegistryTestSupport {

    private CompanyRegistryTestSupport() {
    }

    /** A valid SIREN no other test uses (random digits, Luhn check digit computed). */
    public static String uniqueSiren() {
        return withLuhnDigit(String.format("%08d", Math.abs(java.util.UUID.randomUUID().getMostSignificantBits() % 100_000_000L)));
    }

    /** The SIRET of an establishment of a company: its SIREN, four digits and the Luhn check digit over all fourteen. */
    public static String siret(String siren, String fourDigits) {
        return withLuhnDigit(siren + fourDigits);
    }

    /** The digits followed by the check digit that makes the whole pass the Luhn check. */
    private static String withLuhnDigit(String base) {
        for (int check = 0; check < 10; check++) {
            String candidate = base + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    digit = digit > 9 ? digit - 9 : digit;
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("A check digit always exists");
    }

    /** The French intra-EU VAT number of a SIREN: FR, its two-digit key, the SIREN. */
    public static String frenchVat(String siren) {
        return "FR%02d%s".formatted((12 + 3 * (Long.parseLong(siren) % 97)) % 97, siren);
    }

    /** A valid Spanish CIF of a limited company (letter B) no other test uses. */
    public static String uniqueSpanishCif() {
        // never province 00 (non-resident), whose control character must be a letter
        String digits = String.valueOf(1_000_000L + Math.abs(java.util.UUID.randomUUID().getLeastSignificantBits() % 9_000_000L));
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int digit = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                digit = digit / 10 + digit % 10;
            }
            sum += digit;
        }
        return "B" + digits + (10 - sum % 10) % 10;
    }

    /** A valid Portuguese company number (NIPC starting with 5, modulo 11 check digit) no other test uses. */
    public static String uniqueNipc() {
        String base = "5" + String.format("%07d", Math.abs(java.util.UUID.randomUUID().getLeastSignificantBits() % 10_000_000L));
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (base.charAt(i) - '0') * (9 - i);
        }
        int check = 11 - sum % 11;
        return base + (check >= 10 ? 0 : check);
    }

    /** A valid Spanish NIE (X, Y or Z, seven digits, the control letter of the number they make) no other test uses. */
    public static String uniqueNie() {
        long random = Math.abs(java.util.UUID.randomUUID().getLeastSignificantBits() % 30_000_000L);
        int prefix = (int) (random / 10_000_000L);
        String digits = String.format("%07d", random % 10_000_000L);
        return "XYZ".charAt(prefix) + digits + "TRWAGMYFPDXBNJZSQVHLCKE".charAt((int) (Long.parseLong(prefix + digits) % 23));
    }
}

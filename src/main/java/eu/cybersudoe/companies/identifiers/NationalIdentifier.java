package eu.cybersudoe.companies.identifiers;

import eu.cybersudoe.network.Country;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A company identifier that passed its country's rules, as {@link Identifiers#check} returns it.
 *
 * @param kind    what it is
 * @param value   the normalised form, stored and compared: digits and upper-case letters only;
 *                for a VAT number, with its country prefix ({@code FR40303265045})
 * @param country the country that issued it; {@code null} only for the VAT number of a member
 *                state outside the network (its prefix is then the first two letters of the value)
 */
public record NationalIdentifier(IdentifierKind kind, String value, Country country) {

    private static final Pattern NORMALISED = Pattern.compile("[0-9A-Z]+");

    public NationalIdentifier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (!NORMALISED.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a normalised identifier: " + value);
        }
        if (kind == IdentifierKind.VAT) {
            if (value.length() < 3) {
                throw new IllegalArgumentException("Not a VAT number: " + value);
            }
            Country prefixCountry = networkCountry(value.substring(0, 2));
            if (country != prefixCountry) {
                throw new IllegalArgumentException("The VAT number " + value + " is not from " + country);
            }
        } else if (kind.country().orElseThrow() != country) {
            throw new IllegalArgumentException("A " + kind + " is not from " + country);
        }
    }

    /**
     * The form people read: a SIREN in groups of 3 digits ({@code 732 829 320}), a SIRET as its
     * SIREN and NIC ({@code 732 829 320 00074}); every other kind as its normalised value
     * ({@code B58378431}, {@code 501964843}, {@code FR40303265045}).
     */
    public String display() {
        return switch (kind) {
            case SIREN -> groups(value);
            case SIRET -> groups(value.substring(0, 9)) + " " + value.substring(9);
            default -> value;
        };
    }

    private static String groups(String nineDigits) {
        return nineDigits.substring(0, 3) + " " + nineDigits.substring(3, 6) + " " + nineDigits.substring(6, 9);
    }

    private static Country networkCountry(String prefix) {
        for (Country country : Country.values()) {
            if (country.name().equals(prefix)) {
                return country;
            }
        }
        return null;
    }
}

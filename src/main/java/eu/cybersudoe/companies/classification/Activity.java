package eu.cybersudoe.companies.classification;

import eu.cybersudoe.network.Country;

import java.util.Objects;
import java.util.Optional;

/**
 * A company's activity: its national code and the NACE Rev. 2 class it refines, so that companies
 * of every country are counted the same way.
 *
 * @param country      the company's country
 * @param system       the national classification the code belongs to
 * @param nationalCode the national code, written the way its system writes it: {@code 62.01Z}
 *                     (NAF rév. 2), {@code 6201} (CNAE-2009), {@code 62010} (CAE-Rev.3)
 * @param naceClass    the NACE Rev. 2 class, such as {@code 62.01}
 * @param naceDivision its division, such as {@code 62}
 * @param naceSection  its section letter, such as {@code J}
 * @param sectorTheme  the code of the sectoral theme of reference/network/themes.yml the activity
 *                     belongs to ({@code building}, {@code tourism}…), or empty
 */
public record Activity(Country country, CodeSystem system, String nationalCode, String naceClass,
                       String naceDivision, String naceSection, Optional<String> sectorTheme) {

    public Activity {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(nationalCode, "nationalCode");
        Objects.requireNonNull(naceClass, "naceClass");
        Objects.requireNonNull(naceDivision, "naceDivision");
        Objects.requireNonNull(naceSection, "naceSection");
        Objects.requireNonNull(sectorTheme, "sectorTheme");
        if (system.country() != country) {
            throw new IllegalArgumentException(system + " is not the classification of " + country);
        }
    }
}

package eu.cybersudoe.companies.identifiers;

import eu.cybersudoe.network.Country;

import java.util.Optional;

/**
 * The kinds of company identifiers the registry knows, and the rule each one is checked with.
 * Values are compared once normalised: no spaces, dots, dashes or slashes, upper case.
 */
public enum IdentifierKind {

    /**
     * French SIREN, the number of a company in INSEE's Sirene register: 9 digits, the last one
     * a Luhn check digit (INSEE, "Répertoire Sirene", numbering rules).
     */
    SIREN(Country.FR),

    /**
     * French SIRET, the number of one establishment of a company: its SIREN followed by a
     * 5-digit internal number (NIC); the 14 digits carry a Luhn check digit and so does the
     * SIREN part. La Poste is the published exception: its establishments (SIREN 356 000 000)
     * are numbered so that the sum of the 14 digits is a multiple of 5, instead of Luhn; its
     * head office, 356 000 000 00048, follows the Luhn rule.
     */
    SIRET(Country.FR),

    /**
     * Spanish NIF of a person: the 8 digits of the DNI followed by a control letter, the letter
     * of {@code TRWAGMYFPDXBNJZSQVHLCKE} at the number modulo 23 (the DNI control letter; the
     * NIF of persons is regulated by Real Decreto 1065/2007). Also the NIF of
     * persons without DNI or NIE (Orden EHA/451/2008): K (Spaniards under 14), L (Spaniards
     * living abroad), M (foreigners without NIE) followed by 7 digits and the same letter
     * computed on those 7 digits.
     */
    NIF(Country.ES),

    /**
     * Spanish NIE, the number of a foreigner: X, Y or Z, 7 digits and a control letter, computed
     * as for the DNI after replacing X, Y, Z by 0, 1, 2 (Orden INT/2058/2008).
     */
    NIE(Country.ES),

    /**
     * Spanish NIF of a legal person or entity (formerly CIF): a letter telling the legal form
     * ({@code ABCDEFGHJNPQRSUVW}, Orden EHA/451/2008), 7 digits (2 for the province, then a
     * sequence) and a control character computed on the 7 digits with the Luhn method: a digit
     * 0–9, or its letter in {@code JABCDEFGHI}. Which of the two is allowed depends on the
     * legal form: a letter for N (foreign entities), P (local corporations), Q (public bodies),
     * R (religious congregations), S (State bodies), W (permanent establishments of non-residents)
     * and for any entity whose province digits are 00 (non-resident); a digit for A (sociedad
     * anónima), B (sociedad limitada), E (comunidad de bienes) and H (comunidad de propietarios);
     * either for the other letters.
     */
    CIF(Country.ES),

    /**
     * Portuguese NIPC, and the NIF of persons with the same form: 9 digits, the last one a
     * modulo 11 check digit (weights 9 to 2; 11 minus the remainder, 10 and 11 giving 0), as
     * published by the Autoridade Tributária. The first digits say who holds it and only
     * these are issued: 1, 2, 3 (persons), 45 (non-resident persons), 5 (legal persons),
     * 6 (public administration), 70, 74, 75 (undivided estates), 71 (non-residents taxed at
     * source), 72 (investment funds), 77, 78 (numbers assigned by the tax office, the second
     * for VAT refunds to non-residents), 79 (Expo 98 scheme), 8 (sole traders, no longer
     * issued), 90, 91 (condominiums, irregular companies, undivided estates), 98 (non-residents
     * without a permanent establishment), 99 (civil companies without legal personality).
     */
    NIPC(Country.PT),

    /**
     * European Union VAT number: a country prefix (ISO 3166 code, EL for Greece, XI for
     * Northern Ireland) followed by the national number. For the three countries of the
     * network the national number is checked fully: FR with a 2-character key computed from
     * the SIREN (digits: (SIREN × 100 + 12) modulo 97; or the newer key with letters, as the
     * European Commission describes it for VIES), the SIREN part being Luhn-checked except for
     * Monaco companies (SIREN part starting 000); ES with a NIF, NIE or CIF; PT with a NIPC.
     * The other member states' numbers are accepted by their format only (the length and
     * the position of digits and letters published by the Commission for VIES), without
     * their check digits.
     */
    VAT(null);

    private final Country country;

    IdentifierKind(Country country) {
        this.country = country;
    }

    /** The country that issues identifiers of this kind; empty for VAT numbers, which every member state issues. */
    public Optional<Country> country() {
        return Optional.ofNullable(country);
    }

    /** The key of this kind's name in the {@code identifiers} message bundle. */
    public String messageKey() {
        return "identifier.kind." + name();
    }
}

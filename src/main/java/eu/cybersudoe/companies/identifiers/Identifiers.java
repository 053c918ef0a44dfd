package eu.cybersudoe.companies.identifiers;

import eu.cybersudoe.companies.identifiers.IdentifierCheck.Reason;
import eu.cybersudoe.companies.identifiers.IdentifierCheck.Refused;
import eu.cybersudoe.companies.identifiers.IdentifierCheck.Valid;
import eu.cybersudoe.network.Country;

import java.util.List;
import java.util.Objects;

import static eu.cybersudoe.companies.identifiers.Verdicts.refused;

/**
 * Checks company identifiers as people type them. The input is first normalised: spaces,
 * tabs, dots, dashes and slashes are removed and letters put in upper case; then the kind is
 * recognised from the country and the shape, and the kind's rule applied (see
 * {@link IdentifierKind}).
 */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * Checks an identifier of a company of the given country, with or without the country's
     * prefix. France: 9 digits are a SIREN, 14 a SIRET, a key of 2 characters and 9 digits a
     * VAT number. Spain: 9 characters are a NIF, a NIE or a CIF according to the first one.
     * Portugal: 9 digits are a NIPC. The prefix is only removed: {@code ES A28015865} is the CIF
     * {@code A28015865} (use {@link #check(String)} for a VAT number). An input that is not
     * valid and starts with the prefix of another member state is refused with
     * {@link Reason#COUNTRY_MISMATCH}.
     *
     * @param raw what was typed; {@code null} is refused as empty
     */
    public static IdentifierCheck check(Country country, String raw) {
        Objects.requireNonNull(country, "country");
        String input = trimmed(raw);
        String compact = Normalisation.compact(raw);
        if (compact.isEmpty()) {
            return new Refused(Reason.EMPTY, List.of());
        }
        boolean prefixed = compact.startsWith(country.name());
        String national = prefixed ? compact.substring(2) : compact;
        IdentifierCheck result = switch (country) {
            case FR -> FrenchRules.check(national, input);
            case ES -> SpanishRules.check(national, input);
            case PT -> PortugueseRules.check(national, input);
        };
        if (!result.isValid() && !prefixed && compact.length() > 2) {
            String prefix = vatPrefix(compact);
            if (prefix != null) {
                return new Refused(Reason.COUNTRY_MISMATCH, List.of(input, prefix));
            }
        }
        return result;
    }

    /**
     * Checks a European VAT number, which must start with the prefix of a member state (EL for
     * Greece, GR being read as EL; XI for Northern Ireland). French, Spanish and Portuguese
     * numbers are checked fully; those of other member states by their format only.
     *
     * @param raw what was typed; {@code null} is refused as empty
     */
    public static IdentifierCheck check(String raw) {
        String input = trimmed(raw);
        String compact = Normalisation.compact(raw);
        if (compact.isEmpty()) {
            return new Refused(Reason.EMPTY, List.of());
        }
        String prefix = compact.length() >= 2 ? vatPrefix(compact) : null;
        if (prefix == null) {
            return refused(Reason.VAT_PREFIX, input);
        }
        String national = compact.substring(2);
        return switch (prefix) {
            case "FR" -> FrenchRules.checkVat(national, input);
            case "ES" -> asVat(SpanishRules.check(national, input), Country.ES);
            case "PT" -> asVat(PortugueseRules.check(national, input), Country.PT);
            default -> VatFormats.national(prefix, national)
                    .map(value -> Verdicts.valid(IdentifierKind.VAT, prefix + value, null))
                    .orElseGet(() -> refused(Reason.FORMAT, input));
        };
    }

    /**
     * The SIREN of the company a SIRET belongs to (its first 9 digits); a SIREN is returned as is.
     *
     * @throws IllegalArgumentException for any other kind
     */
    public static NationalIdentifier siren(NationalIdentifier siret) {
        return switch (siret.kind()) {
            case SIREN -> siret;
            case SIRET -> new NationalIdentifier(IdentifierKind.SIREN, siret.value().substring(0, 9), Country.FR);
            default -> throw new IllegalArgumentException("Not a SIRET: " + siret.kind());
        };
    }

    private static IdentifierCheck asVat(IdentifierCheck national, Country country) {
        if (national instanceof Valid(NationalIdentifier identifier)) {
            return Verdicts.valid(IdentifierKind.VAT, country.name() + identifier.value(), country);
        }
        return national;
    }

    /** The VAT prefix of a member state the input starts with, GR read as EL; {@code null} if none. */
    private static String vatPrefix(String compact) {
        String prefix = compact.substring(0, 2);
        if (prefix.equals("GR")) {
            prefix = "EL";
        }
        boolean network = prefix.equals("FR") || prefix.equals("ES") || prefix.equals("PT");
        return network || VatFormats.memberState(prefix) ? prefix : null;
    }

    private static String trimmed(String raw) {
        return raw == null ? "" : raw.strip();
    }
}

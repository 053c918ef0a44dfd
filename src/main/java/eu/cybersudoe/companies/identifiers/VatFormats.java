package eu.cybersudoe.companies.identifiers;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The national part of the VAT numbers of the member states outside the network, by format
 * only: the length and the places of digits and letters the European Commission lists for
 * VIES. Their check digits are not computed, so a mistyped digit is not found.
 */
final class VatFormats {

    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")),
            Map.entry("BE", Pattern.compile("[01]\\d{9}|\\d{9}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")),
            Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")),
            Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")),
            Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("EL", Pattern.compile("\\d{9}")),
            Map.entry("FI", Pattern.compile("\\d{8}")),
            Map.entry("HR", Pattern.compile("\\d{11}")),
            Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]")),
            Map.entry("IT", Pattern.compile("\\d{11}")),
            Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            Map.entry("LU", Pattern.compile("\\d{8}")),
            Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")),
            Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")),
            Map.entry("RO", Pattern.compile("[1-9]\\d{1,9}")),
            Map.entry("SE", Pattern.compile("\\d{10}01")),
            Map.entry("SI", Pattern.compile("[1-9]\\d{7}")),
            Map.entry("SK", Pattern.compile("[1-9]\\d{9}")),
            Map.entry("XI", Pattern.compile("\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}")));

    private VatFormats() {
    }

    /** Whether the two letters are the VAT prefix of a member state outside the network. */
    static boolean memberState(String prefix) {
        return FORMATS.containsKey(prefix);
    }

    /** The normalised national part if it has the member state's format (a Belgian 9-digit number gets its leading 0). */
    static Optional<String> national(String prefix, String national) {
        Pattern format = FORMATS.get(prefix);
        if (format == null || !format.matcher(national).matches()) {
            return Optional.empty();
        }
        return Optional.of(prefix.equals("BE") && national.length() == 9 ? "0" + national : national);
    }
}

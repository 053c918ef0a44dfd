package eu.cybersudoe.companies.identifiers;

import eu.cybersudoe.companies.identifiers.IdentifierCheck.Reason;
import eu.cybersudoe.companies.identifiers.IdentifierCheck.Refused;
import eu.cybersudoe.companies.identifiers.IdentifierCheck.Valid;
import eu.cybersudoe.network.Country;

import java.util.List;

/** Shorthands the rules use to give their verdict. */
final class Verdicts {

    private Verdicts() {
    }

    static IdentifierCheck valid(IdentifierKind kind, String value, Country country) {
        return new Valid(new NationalIdentifier(kind, value, country));
    }

    static IdentifierCheck refused(Reason reason, String input) {
        return new Refused(reason, List.of(input));
    }

    static IdentifierCheck validIf(boolean checks, IdentifierKind kind, String value, Country country, String input) {
        return checks ? valid(kind, value, country) : refused(Reason.CHECKSUM, input);
    }

    static boolean digits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

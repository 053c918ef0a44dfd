package eu.cybersudoe.companies.classification;

import eu.cybersudoe.shared.reference.ReferenceNode;

import java.util.regex.Pattern;

/** Reads codes (NACE classes, NUTS regions, postcodes…) from the reference files, checking their form. */
final class ReferenceCodes {

    private ReferenceCodes() {
    }

    /**
     * The value of a node, which must have the given form.
     *
     * @param expected what the form is, for the message, such as "two digits such as 62"
     */
    static String read(ReferenceNode node, Pattern form, String expected) {
        String code = node.text();
        if (!form.matcher(code).matches()) {
            throw node.problem("'" + code + "' is not " + expected);
        }
        return code;
    }
}

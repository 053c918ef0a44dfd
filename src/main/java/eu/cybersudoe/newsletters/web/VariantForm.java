package eu.cybersudoe.newsletters.web;

/**
 * The fields of a variant as typed, kept as they are when the form is shown again with errors.
 *
 * @param subject   the subject line
 * @param preheader the preheader
 * @param body      the Markdown text
 * @param links     the featured links, one a line
 */
public record VariantForm(String subject, String preheader, String body, String links) {

    public static VariantForm empty() {
        return new VariantForm("", "", "", "");
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

package eu.cybersudoe.newsletters.internal;

import org.springframework.web.util.HtmlUtils;

/**
 * The personal parts of a rendered issue: markers in the text rendered once per language,
 * replaced per recipient. The markers hold a NUL character, which neither Markdown input nor
 * the sanitiser lets through, so editors' text cannot fake one.
 */
final class Slots {

    static final char MARK = '\u0000';
    static final String GREETING = MARK + "G" + MARK;
    static final String UNSUBSCRIBE = MARK + "U" + MARK;
    static final String EMAIL = MARK + "E" + MARK;

    private Slots() {
    }

    /** Whether the text holds a marker. */
    static boolean personal(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == MARK) {
                return true;
            }
        }
        return false;
    }

    /** The text with every marker replaced by the recipient's value, escaped for HTML when {@code html}. */
    static String fill(String text, Recipient recipient, boolean html) {
        StringBuilder out = new StringBuilder(text.length() + 128);
        int from = 0;
        int mark;
        while ((mark = text.indexOf(MARK, from)) >= 0) {
            int end = text.indexOf(MARK, mark + 1);
            out.append(text, from, mark);
            String value = switch (text.charAt(mark + 1)) {
                case 'G' -> recipient.greeting();
                case 'U' -> recipient.unsubscribeUrl();
                case 'E' -> recipient.email();
                default -> throw new IllegalStateException("Unknown slot in a rendered issue");
            };
            out.append(html ? HtmlUtils.htmlEscape(value, "UTF-8") : value);
            from = end + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    /**
     * What changes from one recipient to the next.
     *
     * @param email          the address
     * @param greeting       the greeting line, with the first name when known
     * @param unsubscribe    the signed unsubscribe addresses
     */
    record Recipient(String email, String greeting, UnsubscribeLinks.Urls unsubscribe) {

        String unsubscribeUrl() {
            return unsubscribe.page();
        }
    }
}

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
    static final String OPEN_PIXEL = MARK + "O" + MARK;

    /** The marker of an issue's link, by its number in {@link IssueLinks}. */
    static String link(long id) {
        return MARK + "L" + id + MARK;
    }

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
        return fill(text, recipient, html, new StringBuilder(text.length() + 128)).toString();
    }

    /** The same, appended to {@code out}. */
    static StringBuilder fill(String text, Recipient recipient, boolean html, StringBuilder out) {
        int from = 0;
        int mark;
        while ((mark = text.indexOf(MARK, from)) >= 0) {
            int end = text.indexOf(MARK, mark + 1);
            out.append(text, from, mark);
            char slot = text.charAt(mark + 1);
            if (slot == 'O') {
                appendPixel(out, recipient.reading().openUrl());
            } else if (slot == 'L' && recipient.reading().clickPrefix() != null) {
                // a tracked link: the copy's redirect (checked for HTML once per copy) and the link's number
                String prefix = recipient.reading().clickPrefix();
                out.append(html && !plain(prefix) ? HtmlUtils.htmlEscape(prefix, "UTF-8") : prefix).append(text, mark + 2, end);
            } else {
                String value = switch (slot) {
                    case 'G' -> recipient.greeting();
                    case 'U' -> recipient.unsubscribeUrl();
                    case 'E' -> recipient.email();
                    case 'L' -> recipient.link(Long.parseLong(text, mark + 2, end, 10));
                    default -> throw new IllegalStateException("Unknown slot in a rendered issue");
                };
                out.append(html ? escaped(value) : value);
            }
            from = end + 1;
        }
        return out.append(text, from, text.length());
    }

    /** The value escaped for HTML; most values (addresses, links) have nothing to escape. */
    private static String escaped(String value) {
        return plain(value) ? value : HtmlUtils.htmlEscape(value, "UTF-8");
    }

    /** Whether the value has nothing HTML would escape. */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static void appendPixel(StringBuilder out, String openUrl) {
        if (openUrl != null) {
            out.append("<img src=\"").append(HtmlUtils.htmlEscape(openUrl, "UTF-8"))
                    .append("\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">");
        }
    }

    /**
     * What changes from one recipient to the next.
     *
     * @param email       the address
     * @param greeting    the greeting line, with the first name when known
     * @param unsubscribe the signed unsubscribe addresses
     * @param reading     the copy's tracked addresses
     * @param links       the links by number, for a copy whose links are not tracked
     */
    record Recipient(String email, String greeting, UnsubscribeLinks.Urls unsubscribe, Reading reading,
                     java.util.Map<Long, String> links) {

        String unsubscribeUrl() {
            return unsubscribe.page();
        }

        /** The address of the link for this copy: through the tracked redirect, or the link itself. */
        String link(long id) {
            return reading.clickPrefix() == null ? links.get(id) : reading.clickPrefix() + id;
        }
    }

    /**
     * A copy's tracked addresses.
     *
     * @param clickPrefix the tracked redirect's address, to which a link's number is added, or null when clicks are not tracked
     * @param openUrl     the open pixel's address, or null when it is off
     */
    record Reading(String clickPrefix, String openUrl) {

        static final Reading NONE = new Reading(null, null);
    }
}

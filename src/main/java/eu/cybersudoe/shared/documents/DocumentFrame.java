package eu.cybersudoe.shared.documents;

/**
 * What surrounds a document's outline on every page, in its language: the network's logo, the
 * emblems of the European Union and of the programme with the funding statement, when it was
 * produced (date, time and time zone) and the words around the page numbers.
 *
 * @param outline     the document's content
 * @param logo        the network's logo
 * @param euEmblem    the emblem of the European Union
 * @param programme   the programme's emblem, or its labelled placeholder
 * @param funding     the funding statement of the proposal
 * @param produced    "produced on … at … (time zone)"
 * @param pageNumber  the words around the page number and the page count, e.g. "page ", " of ", ""
 */
public record DocumentFrame(Outline outline, Picture logo, Picture euEmblem, Picture programme, String funding, String produced,
                            PageNumber pageNumber) {

    /**
     * The words of "page 2 of 5" around the two numbers, in the document's language.
     *
     * @param before  before the page's number
     * @param between between it and the number of pages
     * @param after   after the number of pages
     */
    public record PageNumber(String before, String between, String after) {

        /** Cuts a translated pattern such as "page {0} of {1}" around its two numbers. */
        static PageNumber of(String pattern) {
            int page = pattern.indexOf("{0}");
            int pages = pattern.indexOf("{1}");
            if (page < 0 || pages < page) {
                throw new IllegalArgumentException("A page number pattern names {0} before {1}: " + pattern);
            }
            return new PageNumber(pattern.substring(0, page), pattern.substring(page + 3, pages), pattern.substring(pages + 3));
        }
    }

    public String language() {
        return outline.language().code();
    }
}

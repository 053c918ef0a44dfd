package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * An issue in one language.
 *
 * @param language  its language
 * @param subject   the subject line
 * @param preheader the line mail clients show after the subject
 * @param body      the text, in Markdown
 * @param links     the featured links, one a line: {@code title | address | description}
 */
public record Variant(Language language, String subject, String preheader, String body, String links) {

    public static final int MAX_SUBJECT = 150;
    public static final int MAX_PREHEADER = 200;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_LINKS = 6_000;

    /** The featured links, the lines that read as one; {@link #linkErrors()} names the others. */
    public List<FeaturedLink> featuredLinks() {
        List<FeaturedLink> parsed = new ArrayList<>();
        for (String line : links.split("\\R")) {
            FeaturedLink.parse(line).ifPresent(parsed::add);
        }
        return parsed;
    }

    /** The numbers (from 1) of the non-blank lines of {@link #links} that are not a link. */
    public List<Integer> linkErrors() {
        List<Integer> wrong = new ArrayList<>();
        String[] lines = links.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && FeaturedLink.parse(lines[i]).isEmpty()) {
                wrong.add(i + 1);
            }
        }
        return wrong;
    }
}

package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.Issue;
import eu.cybersudoe.newsletters.internal.Previews;
import eu.cybersudoe.shared.Language;

import java.util.List;
import java.util.Set;

/**
 * A variant previewed as a recipient would see it.
 *
 * @param issue     the issue
 * @param language  the variant shown
 * @param languages the languages the issue is written in
 * @param preview   the subject, HTML and text
 * @param samples   real recipients to preview as (network admins only)
 * @param sample    the recipient shown
 */
public record PreviewView(Issue issue, Language language, Set<Language> languages, Previews.Preview preview,
                          List<Previews.Sample> samples, Previews.Sample sample) {
}

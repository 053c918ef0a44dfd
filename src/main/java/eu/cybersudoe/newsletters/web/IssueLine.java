package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.Issue;
import eu.cybersudoe.shared.Language;

import java.util.Set;

/**
 * An issue in the programme list.
 *
 * @param issue     the issue
 * @param languages the languages it is written in
 * @param delivered how many copies were delivered
 * @param overdue   whether its planned day has passed while it is still a draft
 */
public record IssueLine(Issue issue, Set<Language> languages, long delivered, boolean overdue) {
}

package eu.cybersudoe.companies;

import eu.cybersudoe.shared.LocalizedText;

import java.time.Instant;

/**
 * Something happened with a company elsewhere in the platform (registered to a conference,
 * took a diagnostic, received a mission). Modules that depend on {@code companies} publish it;
 * the registry adds it to the company's timeline.
 *
 * @param company    the company
 * @param kind       a stable code such as {@code conference.registered}
 * @param partnerId  the partner involved, or null
 * @param occurredAt when it happened
 * @param summary    what the timeline shows
 * @param link       a path within the site (after the language), or null
 */
public record CompanyActivityRecorded(CompanyId company, String kind, String partnerId, Instant occurredAt,
                                      LocalizedText summary, String link) {
}

package eu.cybersudoe.conferences;

import java.time.Instant;

/**
 * A conference was closed with its attendance frozen: it took place and counts.
 *
 * @param conferenceId the conference
 * @param partnerId    the organising partner
 * @param kind         what it was
 * @param themes       the theme codes it covered
 * @param startedAt    when it started
 * @param companies    the distinct companies that attended
 * @param participants the people who attended
 */
public record ConferenceHeld(long conferenceId, String partnerId, ConferenceKind kind, java.util.List<String> themes,
                             Instant startedAt, int companies, int participants) {

    public ConferenceHeld {
        themes = java.util.List.copyOf(themes);
    }
}

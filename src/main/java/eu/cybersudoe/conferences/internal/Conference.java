package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.shared.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * A conference as stored.
 *
 * @param partnerId the organising partner
 * @param confirmed the confirmed registrations (seats taken)
 */
public record Conference(long id, String partnerId, ConferenceStatus status, ConferenceDetails details, int confirmed,
                         Instant publishedAt, Instant cancelledAt, Instant closedAt, Instant createdAt) {

    public ConferenceKind kind() {
        return details.kind();
    }

    public LocalizedText title() {
        return details.title();
    }

    public Instant startsAt() {
        return details.startsAt();
    }

    public Instant endsAt() {
        return details.endsAt();
    }

    /** The organising partner and the co-organisers. */
    public List<String> organisers() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(partnerId), details.coOrganisers().stream())
                .distinct().toList();
    }

    public boolean isPublic() {
        return status == ConferenceStatus.PUBLISHED || status == ConferenceStatus.CLOSED || status == ConferenceStatus.CANCELLED
                && publishedAt != null;
    }

    public int seatsLeft() {
        return Math.max(0, details.capacity() - confirmed);
    }

    /** Whether the public may register now: published, not started, within the registration window. */
    public boolean registrationOpen(Instant now) {
        ConferenceDetails d = details;
        return status == ConferenceStatus.PUBLISHED && now.isBefore(d.startsAt())
                && (d.registrationOpensAt() == null || !now.isBefore(d.registrationOpensAt()))
                && (d.registrationClosesAt() == null || now.isBefore(d.registrationClosesAt()));
    }

    public boolean isPast(Instant now) {
        return !details.endsAt().isAfter(now);
    }
}

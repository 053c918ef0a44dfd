package eu.cybersudoe.community.internal;

import java.time.Instant;

/**
 * A discussion of a group, an exchange, or the comment thread of another module's item.
 *
 * @param groupId      the group, or null for a comment thread
 * @param targetKind   the commented item's kind, for a comment thread
 * @param kind         discussion, exchange or comments
 * @param exchangeKind for an exchange: a problem described or experience offered
 * @param helpedPostId the answer its author marked as the one that helped, or null
 * @param referredAt   when staff turned the exchange into a mission request, or null
 */
public record Discussion(long id, Long groupId, String targetKind, String targetId, Kind kind, String title,
                         ExchangeKind exchangeKind, String themeCode, String country, String sizeClass, Long companyId,
                         Long authorId, String partnerId, String language, Long helpedPostId, Instant referredAt,
                         Instant createdAt, Instant lastPostAt) {

    public enum Kind { DISCUSSION, EXCHANGE, COMMENTS }

    public enum ExchangeKind { PROBLEM, EXPERIENCE }

    public boolean exchange() {
        return kind == Kind.EXCHANGE;
    }
}

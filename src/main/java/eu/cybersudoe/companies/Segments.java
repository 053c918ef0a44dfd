package eu.cybersudoe.companies;

import java.util.List;
import java.util.function.Consumer;

/**
 * Saved searches of the registry ("segments"): each belongs to a partner, which names it from
 * the company list. Newsletters and conferences use them as audiences.
 */
public interface Segments {

    /** The partner's segments, by name. */
    List<SegmentSummary> segmentsOf(String partnerId);

    /**
     * Hands every contact of the segment's organisations that may be written to for the purpose
     * to the action, one at a time, without loading the audience in memory. Contacts without an
     * e-mail address, without that consent, or erased are left out. The segment's filters apply
     * within its partner's organisations (those the partner brought or served).
     *
     * @throws IllegalArgumentException when there is no such segment
     */
    void forEachContact(long segmentId, ConsentPurpose purpose, Consumer<AudienceContact> action);

    /**
     * Hands every contact of the registry that may be written to for the purpose to the action,
     * in contact order, one at a time, with the same exclusions as a segment's audience.
     */
    void forEachContact(ConsentPurpose purpose, Consumer<AudienceContact> action);
}

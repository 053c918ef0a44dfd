package eu.cybersudoe.search;

/**
 * Says that the searchable documents of one item changed (created, edited, published, withdrawn or deleted).
 * A source publishes it in the transaction that changes the item; the index asks the source for the item's
 * documents again after that transaction commits, so the event carries only the item's identity.
 *
 * @param kind the {@link SearchSource#kind()} of the source
 * @param id   the item's identifier within its kind
 */
public record SearchableChanged(String kind, String id) {
}
